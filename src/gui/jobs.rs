//! Work that must not freeze the window runs on a named thread; the
//! window polls for its result each frame.

use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// One piece of background work with a single result.
pub struct Job<T> {
    name: &'static str,
    receiver: Receiver<T>,
}

/// What polling a job found.
pub enum Poll<T> {
    Pending,
    Done(T),
    /// The worker ended without a result (it panicked).
    Lost,
}

impl<T: Send + 'static> Job<T> {
    /// Starts `work` on a thread called `name`; the window is asked to
    /// repaint when the result is ready.
    pub fn spawn(
        name: &'static str,
        ctx: &egui::Context,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> std::io::Result<Self> {
        let (sender, receiver) = channel();
        let ctx = ctx.clone();
        let lang = crate::i18n::lang();
        std::thread::Builder::new()
            .name(name.to_string())
            .spawn(move || {
                crate::i18n::set_lang(lang);
                let _ = sender.send(work());
                ctx.request_repaint();
            })?;
        Ok(Self { name, receiver })
    }

    pub fn poll(&self) -> Poll<T> {
        match self.receiver.try_recv() {
            Ok(value) => Poll::Done(value),
            Err(TryRecvError::Empty) => Poll::Pending,
            Err(TryRecvError::Disconnected) => {
                log::warn!("background job {} ended without a result", self.name);
                Poll::Lost
            }
        }
    }
}
