//! A scan of the workspace running on its own thread, reporting progress
//! and each file's result as it comes, and stopping when asked.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, channel};

use crate::scan::{self, FileReport, Progress, ScanEvent};

pub struct ScanJob {
    receiver: Receiver<Message>,
    cancel: Arc<AtomicBool>,
    pub progress: Progress,
}

enum Message {
    /// Every file the scan will read: the rest have left the workspace.
    Listed(BTreeSet<String>),
    Event(ScanEvent),
    Finished,
}

/// What polling found this frame.
pub struct Update {
    pub listed: Option<BTreeSet<String>>,
    pub files: Vec<FileReport>,
    pub finished: bool,
}

impl ScanJob {
    /// Starts scanning `root`, with the cache kept at `cache_path`.
    pub fn start(root: PathBuf, cache_path: PathBuf, ctx: &egui::Context) -> std::io::Result<Self> {
        let (sender, receiver) = channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let flag = cancel.clone();
        let ctx = ctx.clone();
        let lang = crate::i18n::lang();
        std::thread::Builder::new()
            .name("scan".into())
            .spawn(move || {
                crate::i18n::set_lang(lang);
                let sink = |event: ScanEvent| {
                    let _ = sender.send(Message::Event(event));
                    ctx.request_repaint();
                };
                let listed = scan::list_files(&root)
                    .into_iter()
                    .map(|(_, rel)| rel)
                    .collect();
                let _ = sender.send(Message::Listed(listed));
                let mut cache = scan::ScanCache::load(&cache_path);
                scan::scan_tree_cached(&root, &scan::Limits::default(), &mut cache, &flag, &sink);
                if let Err(err) = cache.save(&cache_path) {
                    log::warn!("scan cache not saved: {err}");
                }
                let _ = sender.send(Message::Finished);
                ctx.request_repaint();
            })?;
        Ok(Self {
            receiver,
            cancel,
            progress: Progress::default(),
        })
    }

    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    pub fn poll(&mut self) -> Update {
        let mut update = Update {
            listed: None,
            files: Vec::new(),
            finished: false,
        };
        while let Ok(message) = self.receiver.try_recv() {
            match message {
                Message::Listed(listed) => update.listed = Some(listed),
                Message::Event(ScanEvent::Progress(p)) => self.progress = p,
                Message::Event(ScanEvent::File(file)) => update.files.push(file),
                Message::Finished => update.finished = true,
            }
        }
        // A worker that died without saying so is finished too.
        if !update.finished
            && matches!(
                self.receiver.try_recv(),
                Err(std::sync::mpsc::TryRecvError::Disconnected)
            )
        {
            update.finished = true;
        }
        update
    }
}
