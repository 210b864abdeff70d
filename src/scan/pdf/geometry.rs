//! The little geometry a PDF page needs: matrices, rectangles and colours,
//! in the page's own units (points).

/// A PDF matrix `[a b c d e f]`: `x' = a·x + c·y + e`, `y' = b·x + d·y + f`.
pub type Matrix = [f32; 6];

pub const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m` applied first, then `n` (the PDF convention `m × n`).
pub fn mul(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

pub fn apply(m: &Matrix, x: f32, y: f32) -> (f32, f32) {
    (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
}

/// How long the vector `(x, y)` becomes through `m`'s linear part.
pub fn length(m: &Matrix, x: f32, y: f32) -> f32 {
    let (dx, dy) = (m[0] * x + m[2] * y, m[1] * x + m[3] * y);
    (dx * dx + dy * dy).sqrt()
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
}

impl Rect {
    /// The rectangle spanned by two corners in any order.
    pub fn new(ax: f32, ay: f32, bx: f32, by: f32) -> Self {
        Rect {
            x0: ax.min(bx),
            y0: ay.min(by),
            x1: ax.max(bx),
            y1: ay.max(by),
        }
    }

    /// The smallest rectangle holding every point.
    pub fn around(points: &[(f32, f32)]) -> Option<Self> {
        let (&(x, y), rest) = points.split_first()?;
        let mut r = Rect::new(x, y, x, y);
        for &(x, y) in rest {
            r = r.union(&Rect::new(x, y, x, y));
        }
        r.is_finite().then_some(r)
    }

    /// Where the rectangle `(x, y, w, h)` in some space lands through `m`.
    pub fn transformed(m: &Matrix, x: f32, y: f32, w: f32, h: f32) -> Option<Self> {
        Rect::around(&[
            apply(m, x, y),
            apply(m, x + w, y),
            apply(m, x, y + h),
            apply(m, x + w, y + h),
        ])
    }

    pub fn is_finite(&self) -> bool {
        [self.x0, self.y0, self.x1, self.y1]
            .iter()
            .all(|v| v.is_finite())
    }

    pub fn union(&self, other: &Rect) -> Rect {
        Rect {
            x0: self.x0.min(other.x0),
            y0: self.y0.min(other.y0),
            x1: self.x1.max(other.x1),
            y1: self.y1.max(other.y1),
        }
    }

    /// The overlap, or an empty rectangle where there is none.
    pub fn intersect(&self, other: &Rect) -> Rect {
        let r = Rect {
            x0: self.x0.max(other.x0),
            y0: self.y0.max(other.y0),
            x1: self.x1.min(other.x1),
            y1: self.y1.min(other.y1),
        };
        if r.x0 > r.x1 || r.y0 > r.y1 {
            Rect {
                x0: r.x0,
                y0: r.y0,
                x1: r.x0,
                y1: r.y0,
            }
        } else {
            r
        }
    }

    pub fn area(&self) -> f32 {
        (self.x1 - self.x0).max(0.0) * (self.y1 - self.y0).max(0.0)
    }

    /// Whether the two share more than a sliver `margin` wide.
    pub fn overlaps(&self, other: &Rect, margin: f32) -> bool {
        self.x0 < other.x1 - margin
            && other.x0 < self.x1 - margin
            && self.y0 < other.y1 - margin
            && other.y0 < self.y1 - margin
    }

    /// Whether `inner` lies inside, allowing it to stick out by `slack`.
    pub fn holds(&self, inner: &Rect, slack: f32) -> bool {
        inner.x0 >= self.x0 - slack
            && inner.y0 >= self.y0 - slack
            && inner.x1 <= self.x1 + slack
            && inner.y1 <= self.y1 + slack
    }
}

/// A colour as a person sees it, or unknown (patterns, spot colours,
/// indexed palettes): an unknown colour is never called invisible.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Colour {
    Rgb([f32; 3]),
    Unknown,
}

pub const BLACK: Colour = Colour::Rgb([0.0, 0.0, 0.0]);
pub const WHITE: Colour = Colour::Rgb([1.0, 1.0, 1.0]);

impl Colour {
    pub fn gray(g: f32) -> Self {
        Colour::Rgb([g, g, g]).clamped()
    }

    pub fn cmyk(c: f32, m: f32, y: f32, k: f32) -> Self {
        Colour::Rgb([
            (1.0 - c) * (1.0 - k),
            (1.0 - m) * (1.0 - k),
            (1.0 - y) * (1.0 - k),
        ])
        .clamped()
    }

    fn clamped(self) -> Self {
        match self {
            Colour::Rgb(c) if c.iter().all(|v| v.is_finite()) => {
                Colour::Rgb(c.map(|v| v.clamp(0.0, 1.0)))
            }
            _ => Colour::Unknown,
        }
    }

    /// From the operands of a colour operator in a space with `n`
    /// components (1 gray, 3 RGB, 4 CMYK).
    pub fn from_components(values: &[f32]) -> Self {
        match values {
            [g] => Colour::gray(*g),
            [r, g, b] => Colour::Rgb([*r, *g, *b]).clamped(),
            [c, m, y, k] => Colour::cmyk(*c, *m, *y, *k),
            _ => Colour::Unknown,
        }
    }

    /// Too close to tell apart on screen or paper.
    pub fn indistinguishable(&self, other: &Colour) -> bool {
        match (self, other) {
            (Colour::Rgb(a), Colour::Rgb(b)) => a.iter().zip(b).all(|(x, y)| (x - y).abs() <= 0.04),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matrices_compose_in_pdf_order() {
        let scale = [2.0, 0.0, 0.0, 2.0, 0.0, 0.0];
        let shift = [1.0, 0.0, 0.0, 1.0, 10.0, 20.0];
        // Scale, then shift.
        assert_eq!(apply(&mul(&scale, &shift), 1.0, 1.0), (12.0, 22.0));
        // Shift, then scale.
        assert_eq!(apply(&mul(&shift, &scale), 1.0, 1.0), (22.0, 42.0));
        assert_eq!(length(&scale, 0.0, 3.0), 6.0);
    }

    #[test]
    fn rectangles_hold_and_overlap() {
        let page = Rect::new(0.0, 0.0, 600.0, 800.0);
        let word = Rect::new(100.0, 100.0, 150.0, 112.0);
        assert!(page.holds(&word, 0.0));
        assert!(page.overlaps(&word, 1.0));
        let outside = Rect::new(700.0, 100.0, 750.0, 112.0);
        assert!(!page.overlaps(&outside, 1.0));
        assert_eq!(page.intersect(&outside).area(), 0.0);
        let rotated = Rect::transformed(&[0.0, 1.0, -1.0, 0.0, 0.0, 0.0], 0.0, 0.0, 10.0, 5.0);
        assert_eq!(rotated, Some(Rect::new(-5.0, 0.0, 0.0, 10.0)));
        assert_eq!(Rect::around(&[(f32::NAN, 0.0)]), None);
    }

    #[test]
    fn colours_compare_as_seen() {
        assert!(Colour::gray(0.99).indistinguishable(&WHITE));
        assert!(Colour::cmyk(0.0, 0.0, 0.0, 0.0).indistinguishable(&WHITE));
        assert!(Colour::cmyk(0.0, 0.0, 0.0, 1.0).indistinguishable(&BLACK));
        assert!(!Colour::gray(0.8).indistinguishable(&WHITE));
        assert!(!Colour::Unknown.indistinguishable(&Colour::Unknown));
        assert_eq!(Colour::from_components(&[1.0, 2.0]), Colour::Unknown);
    }
}
