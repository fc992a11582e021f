//! The synonym table format.

use std::path::PathBuf;

use crate::error::{Error, ErrorKind};
use crate::search::Synonyms;
use crate::text::words;

use super::source::line_number;

/// Parses a synonym table: one group per line, words separated by spaces;
/// blank lines and lines starting with `#` are ignored. A line starting with
/// `=` lists forms of one word (spellings, irregular forms: `= tumour tumor`),
/// which the search treats as the word itself; other lines list synonyms.
/// Words are folded like the index. A group needs two or more words.
///
/// ```
/// let table = faq_core::parse_synonyms("# comment\nLump bump\n\n= tumour tumor\n").unwrap();
/// assert_eq!(table.groups, [vec!["lump", "bump"]]);
/// assert_eq!(table.forms, [vec!["tumour", "tumor"]]);
/// assert_eq!(faq_core::parse_synonyms("slipped-disc herniated\n").unwrap_err().line(), Some(1));
/// ```
pub fn parse_synonyms(src: &str) -> Result<Synonyms, Error> {
    let mut table = Synonyms::default();
    for (i, line) in src.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (line, groups) = match line.strip_prefix('=') {
            Some(forms) => (forms, &mut table.forms),
            None => (line, &mut table.groups),
        };
        let mut group = Vec::new();
        for item in line.split_whitespace() {
            let mut found = words(item);
            match (found.next(), found.next()) {
                (Some((range, word)), None) if range.len() == item.len() => group.push(word),
                _ => return Err(Error::at(line_number(i + 1), ErrorKind::BadSynonym(item.to_owned()))),
            }
        }
        if group.len() > 1 {
            groups.push(group);
        }
    }
    Ok(table)
}

/// Reads and parses each synonym file in turn (see [`parse_synonyms`]) and
/// returns all their groups and forms. An unreadable or malformed file is an error
/// naming the file (and the line).
///
/// ```
/// let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
/// assert!(!faq_core::load_synonyms(&[root.join("data/synonyms.txt")]).unwrap().groups.is_empty());
/// let missing = faq_core::load_synonyms(&[root.join("no-such-file.txt")]).unwrap_err();
/// assert!(missing.to_string().contains("no-such-file.txt: cannot read"));
/// ```
pub fn load_synonyms(files: &[PathBuf]) -> Result<Synonyms, Error> {
    let mut table = Synonyms::default();
    for path in files {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::whole_file(ErrorKind::Unreadable(e.to_string())).in_file(path))?;
        table.extend(parse_synonyms(&text).map_err(|e| e.in_file(path))?);
    }
    Ok(table)
}
