//! Excel 97-2003 workbooks encrypted with RC4 under Excel's built-in
//! default password ("VelvetSweatshop"), as malicious workbooks often are
//! so that scanners give up on them (MS-OFFCRYPTO 2.3.6 for RC4,
//! 2.3.5 for RC4 CryptoAPI; MS-XLS 2.2.10 for what in the stream is
//! encrypted). A workbook under any other password stays `unreadable`.

use md5::Md5;
use sha1::{Digest, Sha1};

const DEFAULT_PASSWORD: &str = "VelvetSweatshop";
/// A new key every this many bytes of the stream.
const BLOCK: usize = 1024;
const FILEPASS: u16 = 0x002F;
const BOUNDSHEET: u16 = 0x0085;
/// Records that are never encrypted: BOF, FilePass, UsrExcl, FileLock,
/// InterfaceHdr, RRDInfo, RRDHead.
const CLEAR: [u16; 7] = [0x0809, FILEPASS, 0x0194, 0x0195, 0x00E1, 0x0196, 0x0138];

/// How the keys of each block are made.
enum Scheme {
    /// Office 97/2000: MD5 of the password, salted.
    Rc4 { salt: [u8; 16] },
    /// CryptoAPI: SHA-1, with keys of `key_bytes` (40-bit keys padded).
    CryptoApi { salt: Vec<u8>, key_bits: u32 },
}

impl Scheme {
    fn key(&self, block: u32) -> Vec<u8> {
        let password: Vec<u8> = DEFAULT_PASSWORD
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        match self {
            Scheme::Rc4 { salt } => {
                let h0 = Md5::digest(&password);
                let mut intermediate = Vec::with_capacity(21 * 16);
                for _ in 0..16 {
                    intermediate.extend_from_slice(&h0[..5]);
                    intermediate.extend_from_slice(salt);
                }
                let h1 = Md5::digest(&intermediate);
                let mut last = h1[..5].to_vec();
                last.extend_from_slice(&block.to_le_bytes());
                Md5::digest(&last).to_vec()
            }
            Scheme::CryptoApi { salt, key_bits } => {
                let h0 = Sha1::new()
                    .chain_update(salt)
                    .chain_update(&password)
                    .finalize();
                let hfinal = Sha1::new()
                    .chain_update(h0)
                    .chain_update(block.to_le_bytes())
                    .finalize();
                if *key_bits == 40 {
                    let mut key = hfinal[..5].to_vec();
                    key.resize(16, 0);
                    key
                } else {
                    hfinal[..(*key_bits as usize / 8).min(20)].to_vec()
                }
            }
        }
    }

    /// Whether the default password opens the file: the verifier,
    /// decrypted, hashes to the decrypted verifier hash.
    fn opens(&self, verifier: &[u8], verifier_hash: &[u8]) -> bool {
        let mut both = verifier.to_vec();
        both.extend_from_slice(verifier_hash);
        let plain = rc4(&self.key(0), &both);
        let (v, h) = plain.split_at(verifier.len());
        match self {
            Scheme::Rc4 { .. } => Md5::digest(v).as_slice() == h,
            Scheme::CryptoApi { .. } => Sha1::digest(v).as_slice() == h,
        }
    }
}

/// RC4 over `data` with `key` (a stream cipher: the same call decrypts).
fn rc4(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut s: [u8; 256] = std::array::from_fn(|i| i as u8);
    let mut j = 0u8;
    for i in 0..256 {
        j = j.wrapping_add(s[i]).wrapping_add(key[i % key.len()]);
        s.swap(i, j as usize);
    }
    let (mut i, mut j) = (0u8, 0u8);
    data.iter()
        .map(|b| {
            i = i.wrapping_add(1);
            j = j.wrapping_add(s[i as usize]);
            s.swap(i as usize, j as usize);
            b ^ s[s[i as usize].wrapping_add(s[j as usize]) as usize]
        })
        .collect()
}

fn u16_at(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(data.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

/// The scheme of a FILEPASS record's body, if it is RC4 and the default
/// password opens it.
fn scheme(body: &[u8]) -> Option<Scheme> {
    if u16_at(body, 0)? != 1 {
        // 0 is the older XOR obfuscation, not handled here.
        return None;
    }
    let (major, minor) = (u16_at(body, 2)?, u16_at(body, 4)?);
    let scheme = if (major, minor) == (1, 1) {
        let scheme = Scheme::Rc4 {
            salt: body.get(6..22)?.try_into().ok()?,
        };
        scheme
            .opens(body.get(22..38)?, body.get(38..54)?)
            .then_some(scheme)?
    } else if (2..=4).contains(&major) && minor == 2 {
        // Flags (4), header size (4), the header, then the verifier.
        let header_size = u32_at(body, 10)? as usize;
        let header = body.get(14..14 + header_size)?;
        let key_bits = match u32_at(header, 16)? {
            0 => 40,
            bits @ 40..=128 => bits,
            _ => return None,
        };
        let verifier = body.get(14 + header_size..)?;
        let salt_size = u32_at(verifier, 0)? as usize;
        let salt = verifier.get(4..4 + salt_size)?.to_vec();
        let encrypted = verifier.get(4 + salt_size..4 + salt_size + 16)?;
        let hash_size = u32_at(verifier, 20 + salt_size)? as usize;
        let hash = verifier.get(24 + salt_size..24 + salt_size + hash_size)?;
        let scheme = Scheme::CryptoApi { salt, key_bits };
        scheme.opens(encrypted, hash).then_some(scheme)?
    } else {
        return None;
    };
    Some(scheme)
}

/// The workbook stream decrypted, when it is RC4-encrypted under the
/// default password; the FILEPASS record is blanked so the result reads
/// as an ordinary workbook.
pub fn open_with_default_password(workbook: &[u8]) -> Option<Vec<u8>> {
    // FILEPASS comes right after the first records.
    let mut at = 0;
    let mut found = None;
    for _ in 0..64 {
        let kind = u16_at(workbook, at)?;
        let len = u16_at(workbook, at + 2)? as usize;
        if kind == FILEPASS {
            found = Some((at, scheme(workbook.get(at + 4..at + 4 + len)?)?));
            break;
        }
        at += 4 + len;
    }
    let (filepass_at, scheme) = found?;
    let mut out = workbook.to_vec();
    // Which bytes are encrypted: record bodies, but for the records kept
    // clear and a sheet record's first four bytes.
    let mut encrypted = vec![false; workbook.len()];
    let mut at = 0;
    while let (Some(kind), Some(len)) = (u16_at(workbook, at), u16_at(workbook, at + 2)) {
        let start = at + 4;
        let end = (start + len as usize).min(workbook.len());
        if !CLEAR.contains(&kind) {
            let from = if kind == BOUNDSHEET { start + 4 } else { start };
            for flag in encrypted.iter_mut().take(end).skip(from) {
                *flag = true;
            }
        }
        at = end;
    }
    for (block, chunk) in out.chunks_mut(BLOCK).enumerate() {
        let offset = block * BLOCK;
        if !encrypted[offset..offset + chunk.len()].iter().any(|&e| e) {
            continue;
        }
        let stream = rc4(&scheme.key(block as u32), &vec![0; chunk.len()]);
        for (i, byte) in chunk.iter_mut().enumerate() {
            if encrypted[offset + i] {
                *byte ^= stream[i];
            }
        }
    }
    // Blank the FILEPASS record: type 0 reads as nothing to readers.
    out[filepass_at] = 0;
    out[filepass_at + 1] = 0;
    Some(out)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn rc4_matches_its_published_test_vector() {
        // RFC 6229 style: key "Key", plaintext "Plaintext".
        assert_eq!(
            rc4(b"Key", b"Plaintext"),
            [0xBB, 0xF3, 0x16, 0xE8, 0xD9, 0x40, 0xAF, 0x0A, 0xD3]
        );
    }

    /// A small workbook: BOF, FILEPASS for the default password, a
    /// sheet, and a DDE external link, encrypted the way Excel does.
    pub(crate) fn encrypted_workbook() -> (Vec<u8>, Vec<u8>) {
        let salt = [7u8; 16];
        let scheme = Scheme::Rc4 { salt };
        let verifier = [3u8; 16];
        let hash = Md5::digest(verifier);
        let mut both = verifier.to_vec();
        both.extend_from_slice(&hash);
        let sealed = rc4(&scheme.key(0), &both);
        let mut filepass = vec![1, 0, 1, 0, 1, 0];
        filepass.extend_from_slice(&salt);
        filepass.extend_from_slice(&sealed);
        let record = |kind: u16, body: &[u8]| {
            let mut r = kind.to_le_bytes().to_vec();
            r.extend_from_slice(&(body.len() as u16).to_le_bytes());
            r.extend_from_slice(body);
            r
        };
        let mut plain = Vec::new();
        plain.extend(record(0x0809, &[0, 6, 5, 0, 0, 0, 0, 0]));
        plain.extend(record(FILEPASS, &filepass));
        plain.extend(record(
            BOUNDSHEET,
            b"\x14\x3f\x00\x00\x00\x00\x06\x00Sheet1",
        ));
        plain.extend(record(0x01AE, b"\x00\x00\x0f\x00\x00cmd\x03/c calc.exe"));
        // Long enough to need a second key.
        plain.extend(record(0x00FC, &vec![b'x'; 1500]));
        plain.extend(record(0x000A, &[]));
        let mut sealed_book = plain.clone();
        let mut at = 0;
        let mut mask = vec![false; plain.len()];
        while at + 4 <= plain.len() {
            let kind = u16::from_le_bytes([plain[at], plain[at + 1]]);
            let len = u16::from_le_bytes([plain[at + 2], plain[at + 3]]) as usize;
            if !CLEAR.contains(&kind) {
                let from = if kind == BOUNDSHEET { at + 8 } else { at + 4 };
                mask[from..at + 4 + len].fill(true);
            }
            at += 4 + len;
        }
        for (block, chunk) in sealed_book.chunks_mut(BLOCK).enumerate() {
            let stream = rc4(&scheme.key(block as u32), &vec![0; chunk.len()]);
            for (i, b) in chunk.iter_mut().enumerate() {
                if mask[block * BLOCK + i] {
                    *b ^= stream[i];
                }
            }
        }
        (plain, sealed_book)
    }

    #[test]
    fn the_default_password_opens_an_rc4_workbook() {
        let (plain, sealed) = encrypted_workbook();
        assert_ne!(plain, sealed);
        let opened = open_with_default_password(&sealed).expect("opens");
        // The same bytes, but the FILEPASS record blanked.
        let filepass_at = 12;
        assert_eq!(opened[..filepass_at], plain[..filepass_at]);
        assert_eq!(opened[filepass_at..filepass_at + 2], [0, 0]);
        assert_eq!(opened[filepass_at + 2..], plain[filepass_at + 2..]);
    }

    #[test]
    fn another_password_stays_closed() {
        let (_, mut sealed) = encrypted_workbook();
        // Spoil the verifier: as if another password had made it.
        sealed[12 + 4 + 6 + 16] ^= 0xFF;
        assert!(open_with_default_password(&sealed).is_none());
        assert!(open_with_default_password(b"\x09\x08\x00\x00").is_none());
    }
}
