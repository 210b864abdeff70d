fn main() {
    for path in std::env::args().skip(1) {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        let lines: Vec<&str> = text.lines().collect();
        for s in airlock::scan::sensitive::scan(&text) {
            let line = lines.get(s.line.saturating_sub(1)).copied().unwrap_or("");
            println!(
                "{}\t{}\t{}",
                s.id,
                path,
                line.trim().chars().take(160).collect::<String>()
            );
        }
    }
}
