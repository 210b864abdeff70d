//! Office files encrypted with Excel's built-in default password
//! ("VelvetSweatshop"). Excel uses it for workbooks that are "protected"
//! without a password the person chose, so they open without asking; it
//! hides nothing from an attacker and everything from a scanner that
//! gives up. Only the ECMA-376 "agile" scheme is opened here (MS-OFFCRYPTO
//! 2.3.4.10-13); other schemes stay `unreadable`.

use aes::cipher::{BlockDecryptMut, KeyIvInit, block_padding::NoPadding};
use base64::Engine;
use sha1::Digest;

const DEFAULT_PASSWORD: &str = "VelvetSweatshop";
const SEGMENT: usize = 4096;
const KEY_VALUE_BLOCK: [u8; 8] = [0x14, 0x6e, 0x0b, 0xe7, 0xab, 0xac, 0xd0, 0xd6];
const VERIFIER_INPUT_BLOCK: [u8; 8] = [0xfe, 0xa7, 0xd2, 0x76, 0x3b, 0x4b, 0x9e, 0x79];
const VERIFIER_VALUE_BLOCK: [u8; 8] = [0xd7, 0xaa, 0x0f, 0x6d, 0x30, 0x61, 0x34, 0x4e];
/// More rounds than this is not what Office writes; refuse the work.
const MAX_SPIN: u32 = 10_000_000;

#[derive(Debug, Clone, Copy)]
enum Hash {
    Sha1,
    Sha256,
    Sha384,
    Sha512,
}

impl Hash {
    fn parse(name: &str) -> Option<Self> {
        match name.to_ascii_uppercase().replace('-', "").as_str() {
            "SHA1" => Some(Hash::Sha1),
            "SHA256" => Some(Hash::Sha256),
            "SHA384" => Some(Hash::Sha384),
            "SHA512" => Some(Hash::Sha512),
            _ => None,
        }
    }

    fn digest(self, parts: &[&[u8]]) -> Vec<u8> {
        fn run<D: Digest>(parts: &[&[u8]]) -> Vec<u8> {
            let mut d = D::new();
            for p in parts {
                d.update(p);
            }
            d.finalize().to_vec()
        }
        match self {
            Hash::Sha1 => run::<sha1::Sha1>(parts),
            Hash::Sha256 => run::<sha2::Sha256>(parts),
            Hash::Sha384 => run::<sha2::Sha384>(parts),
            Hash::Sha512 => run::<sha2::Sha512>(parts),
        }
    }
}

/// The attributes of one XML element of the encryption description.
fn attributes(xml: &str, element: &str) -> Option<std::collections::HashMap<String, String>> {
    let mut reader = quick_xml::Reader::from_str(xml);
    loop {
        match reader.read_event().ok()? {
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e)
                if e.local_name().as_ref() == element =>
            {
                return Some(
                    e.attributes()
                        .flatten()
                        .map(|a| {
                            (
                                String::from_utf8_lossy(a.key.local_name().as_ref().as_bytes())
                                    .into_owned(),
                                a.value.into_owned(),
                            )
                        })
                        .collect(),
                );
            }
            quick_xml::events::Event::Eof => return None,
            _ => {}
        }
    }
}

fn b64(value: Option<&String>) -> Option<Vec<u8>> {
    base64::engine::general_purpose::STANDARD
        .decode(value?)
        .ok()
}

fn aes_cbc(key: &[u8], iv: &[u8], data: &[u8]) -> Option<Vec<u8>> {
    let mut buf = data.to_vec();
    let len = buf.len() - buf.len() % 16;
    buf.truncate(len);
    let iv = iv.get(..16)?;
    let out = match key.len() {
        16 => cbc::Decryptor::<aes::Aes128>::new_from_slices(key, iv)
            .ok()?
            .decrypt_padded_mut::<NoPadding>(&mut buf)
            .ok()?
            .to_vec(),
        24 => cbc::Decryptor::<aes::Aes192>::new_from_slices(key, iv)
            .ok()?
            .decrypt_padded_mut::<NoPadding>(&mut buf)
            .ok()?
            .to_vec(),
        32 => cbc::Decryptor::<aes::Aes256>::new_from_slices(key, iv)
            .ok()?
            .decrypt_padded_mut::<NoPadding>(&mut buf)
            .ok()?
            .to_vec(),
        _ => return None,
    };
    Some(out)
}

/// Truncated, or padded with 0x36, to `len` bytes (MS-OFFCRYPTO 2.3.4.11).
fn fit(mut bytes: Vec<u8>, len: usize) -> Vec<u8> {
    bytes.resize(len, 0x36);
    bytes
}

/// The package inside an agile-encrypted file, when the default password
/// opens it; `None` otherwise.
pub fn open_with_default_password(info: &[u8], package: &[u8]) -> Option<Vec<u8>> {
    // Version 4.4 is the agile scheme: an XML description after 8 bytes.
    if info.len() < 8 || info[0..4] != [4, 0, 4, 0] {
        return None;
    }
    let xml = String::from_utf8_lossy(&info[8..]);
    let data = attributes(&xml, "keyData")?;
    let key = attributes(&xml, "encryptedKey")?;
    let data_hash = Hash::parse(data.get("hashAlgorithm")?)?;
    let key_hash = Hash::parse(key.get("hashAlgorithm")?)?;
    let data_salt = b64(data.get("saltValue"))?;
    let key_salt = b64(key.get("saltValue"))?;
    let block = data.get("blockSize")?.parse::<usize>().ok()?;
    let key_bytes = key.get("keyBits")?.parse::<usize>().ok()? / 8;
    let spin = key.get("spinCount")?.parse::<u32>().ok()?.min(MAX_SPIN);

    let password: Vec<u8> = DEFAULT_PASSWORD
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let mut h = key_hash.digest(&[&key_salt, &password]);
    for i in 0..spin {
        h = key_hash.digest(&[&i.to_le_bytes(), &h]);
    }
    let derive = |block_key: &[u8]| fit(key_hash.digest(&[&h, block_key]), key_bytes);

    // The verifier says whether this is the right password.
    let input = aes_cbc(
        &derive(&VERIFIER_INPUT_BLOCK),
        &key_salt,
        &b64(key.get("encryptedVerifierHashInput"))?,
    )?;
    let expected = aes_cbc(
        &derive(&VERIFIER_VALUE_BLOCK),
        &key_salt,
        &b64(key.get("encryptedVerifierHashValue"))?,
    )?;
    let input = input.get(..key_salt.len())?;
    let actual = key_hash.digest(&[input]);
    if expected.get(..actual.len())? != actual.as_slice() {
        return None;
    }
    let secret = aes_cbc(
        &derive(&KEY_VALUE_BLOCK),
        &key_salt,
        &b64(key.get("encryptedKeyValue"))?,
    )?;
    let secret = secret.get(..key_bytes)?.to_vec();

    let size = u64::from_le_bytes(package.get(..8)?.try_into().ok()?);
    let size = usize::try_from(size).ok()?.min(package.len());
    let mut out = Vec::with_capacity(size);
    for (i, chunk) in package[8..].chunks(SEGMENT).enumerate() {
        let iv = fit(
            data_hash.digest(&[&data_salt, &(i as u32).to_le_bytes()]),
            block,
        );
        out.extend(aes_cbc(&secret, &iv, chunk)?);
        if out.len() >= size {
            break;
        }
    }
    out.truncate(size);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use aes::cipher::BlockEncryptMut;

    fn encrypt(key: &[u8], iv: &[u8], data: &[u8]) -> Vec<u8> {
        let mut buf = data.to_vec();
        buf.resize(data.len().div_ceil(16) * 16, 0);
        let len = buf.len();
        cbc::Encryptor::<aes::Aes256>::new_from_slices(key, &iv[..16])
            .unwrap()
            .encrypt_padded_mut::<NoPadding>(&mut buf, len)
            .unwrap()
            .to_vec()
    }

    /// Encrypts `package` as Office does with the default password, in
    /// the agile scheme (few rounds, to keep the test quick).
    fn agile(package: &[u8]) -> (Vec<u8>, Vec<u8>) {
        let hash = Hash::Sha512;
        let (key_salt, data_salt) = ([7u8; 16], [9u8; 16]);
        let spin = 10u32;
        let password: Vec<u8> = DEFAULT_PASSWORD
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let mut h = hash.digest(&[&key_salt, &password]);
        for i in 0..spin {
            h = hash.digest(&[&i.to_le_bytes(), &h]);
        }
        let derive = |b: &[u8]| fit(hash.digest(&[&h, b]), 32);
        let input = [3u8; 16];
        let secret = [5u8; 32];
        let b = |v: &[u8]| base64::engine::general_purpose::STANDARD.encode(v);
        let xml = format!(
            r#"<?xml version="1.0"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="{}"/><keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><p:encryptedKey spinCount="{spin}" saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="{}" encryptedVerifierHashInput="{}" encryptedVerifierHashValue="{}" encryptedKeyValue="{}"/></keyEncryptor></keyEncryptors></encryption>"#,
            b(&data_salt),
            b(&key_salt),
            b(&encrypt(&derive(&VERIFIER_INPUT_BLOCK), &key_salt, &input)),
            b(&encrypt(
                &derive(&VERIFIER_VALUE_BLOCK),
                &key_salt,
                &hash.digest(&[&input])
            )),
            b(&encrypt(&derive(&KEY_VALUE_BLOCK), &key_salt, &secret)),
        );
        let mut info = vec![4, 0, 4, 0, 0x40, 0, 0, 0];
        info.extend(xml.as_bytes());
        let mut out = (package.len() as u64).to_le_bytes().to_vec();
        for (i, chunk) in package.chunks(SEGMENT).enumerate() {
            let iv = fit(hash.digest(&[&data_salt, &(i as u32).to_le_bytes()]), 16);
            out.extend(encrypt(&secret, &iv, chunk));
        }
        (info, out)
    }

    #[test]
    fn the_default_password_opens_an_agile_package() {
        let package: Vec<u8> = (0..10_000u32).map(|i| (i % 251) as u8).collect();
        let (info, encrypted) = agile(&package);
        assert_eq!(open_with_default_password(&info, &encrypted), Some(package));
    }

    #[test]
    fn another_password_or_scheme_stays_closed() {
        let (info, encrypted) = agile(b"secret workbook");
        let mut tampered = info.clone();
        // A different verifier: as if another password had been used.
        let at = tampered.len() - 60;
        tampered[at] ^= 1;
        assert_eq!(open_with_default_password(&tampered, &encrypted), None);
        let mut standard = info;
        standard[0] = 3;
        assert_eq!(open_with_default_password(&standard, &encrypted), None);
    }
}
