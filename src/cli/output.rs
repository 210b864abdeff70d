//! What a command writes. Standard output is checked: a reader that went
//! away (`airlock scan | head -1`) ends the output quietly, any other
//! write error (a full disk) is reported and changes the exit status.
//! Messages on standard error never panic, even when it is closed.

use std::io::{self, Write};

/// Standard output (or any writer) that remembers its first error.
pub struct Checked<W: Write> {
    inner: W,
    error: Option<io::Error>,
}

impl<W: Write> Checked<W> {
    pub fn new(inner: W) -> Self {
        Self { inner, error: None }
    }

    /// Flushes, and gives the first error met, if any.
    pub fn finish(mut self) -> Option<io::Error> {
        if self.error.is_none()
            && let Err(err) = self.inner.flush()
        {
            self.error = Some(err);
        }
        self.error
    }

    fn keep<T>(&mut self, result: io::Result<T>) -> io::Result<T> {
        result.map_err(|err| {
            let again = io::Error::new(err.kind(), err.to_string());
            self.error.get_or_insert(err);
            again
        })
    }
}

impl<W: Write> Write for Checked<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.error.is_some() {
            // Once broken, stay quiet: the first error is what counts.
            return Err(io::Error::from(io::ErrorKind::BrokenPipe));
        }
        let result = self.inner.write(buf);
        self.keep(result)
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.error.is_some() {
            return Ok(());
        }
        let result = self.inner.flush();
        self.keep(result)
    }
}

/// The exit status once the output is finished: a closed pipe changes
/// nothing (the reader had what it wanted); another write error is said
/// on standard error and gives `failed`.
pub fn finish<W: Write>(
    out: Checked<W>,
    code: std::process::ExitCode,
    failed: u8,
) -> std::process::ExitCode {
    match out.finish() {
        None => code,
        Some(err) if err.kind() == io::ErrorKind::BrokenPipe => code,
        Some(err) => {
            say(&format!(
                "could not write the output ({err}); what was shown is incomplete."
            ));
            std::process::ExitCode::from(failed)
        }
    }
}

/// `airlock: <message>` on standard error; never panics.
pub fn say(message: &str) {
    let _ = writeln!(io::stderr().lock(), "airlock: {message}");
}

/// Text on standard error without a new line (progress); never panics.
pub fn progress(text: &str) {
    let mut err = io::stderr().lock();
    let _ = write!(err, "{text}");
    let _ = err.flush();
}

/// Makes sure standard input, output and error are open, so that a file
/// Airlock opens never takes their number and receives its messages
/// (`airlock … 2>&-`): each closed one is pointed at the null device.
pub fn keep_standard_streams_open() {
    #[cfg(unix)]
    {
        let closed = |fd: std::os::fd::BorrowedFd<'_>| {
            rustix::io::fcntl_getfd(fd) == Err(rustix::io::Errno::BADF)
        };
        use std::os::fd::AsFd;
        let any_closed = closed(io::stdin().as_fd())
            || closed(io::stdout().as_fd())
            || closed(io::stderr().as_fd());
        if !any_closed {
            return;
        }
        // Opening takes the lowest free number: each open fills a closed
        // standard stream, lowest first, until all three are open.
        for _ in 0..3 {
            let Ok(null) = rustix::fs::open(
                "/dev/null",
                rustix::fs::OFlags::RDWR | rustix::fs::OFlags::CLOEXEC,
                rustix::fs::Mode::empty(),
            ) else {
                return;
            };
            if std::os::fd::AsRawFd::as_raw_fd(&null) > 2 {
                return;
            }
            // Kept open for the life of the process, as the stream.
            let _ = std::os::fd::IntoRawFd::into_raw_fd(null);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Full;

    impl Write for Full {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::from_raw_os_error(28))
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn the_first_write_error_is_kept() {
        let mut out = Checked::new(Full);
        let _ = writeln!(out, "hello");
        let _ = writeln!(out, "again");
        let err = out.finish().unwrap();
        assert_eq!(err.raw_os_error(), Some(28));
    }
}
