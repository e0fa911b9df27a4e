//! Where each part of the loaded document came from.
//!
//! Loading may move things: a split spec's files are bundled into one tree, and a Swagger 2.0
//! document is rewritten into the OpenAPI 3 shape. Diagnostics must still name the file and
//! pointer the user wrote, so every move is recorded here as a pointer prefix in the result and
//! the place it came from; [`SourceMap::locate`] maps a pointer back through every step.

use crate::diagnostics::Diagnostic;

/// One step's moves: a prefix in the step's output → `(file, pointer)` in its input
/// (`file` is `None` when the input is the same file).
#[derive(Debug, Clone, Default)]
struct Layer {
    moves: Vec<(String, Option<String>, String)>,
}

/// The moves of every load step, newest first in [`SourceMap::locate`].
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    layers: Vec<Layer>,
}

impl SourceMap {
    /// Starts a new step: moves recorded from now on apply before the earlier ones.
    pub(crate) fn step(&mut self) {
        self.layers.push(Layer::default());
    }

    /// Adds the steps of `later`, which ran after every step recorded here.
    pub(crate) fn append(&mut self, later: SourceMap) {
        self.layers.extend(later.layers);
    }

    /// Records that `to` (a pointer in the current step's output) came from `from` in `file`
    /// (`None`: the same file as before this step).
    pub(crate) fn record(&mut self, to: String, file: Option<String>, from: String) {
        if self.layers.is_empty() {
            self.step();
        }
        let layer = self.layers.last_mut().expect("a layer exists");
        layer.moves.push((to, file, from));
    }

    /// The file and pointer in the user's sources of `pointer` in the loaded document, starting
    /// from the root file `file`.
    pub fn locate(&self, file: &str, pointer: &str) -> (String, String) {
        let mut file = file.to_owned();
        let mut pointer = pointer.to_owned();
        for layer in self.layers.iter().rev() {
            let best = layer
                .moves
                .iter()
                .filter(|(to, _, _)| is_prefix(to, &pointer))
                .max_by_key(|(to, _, _)| to.len());
            if let Some((to, f, from)) = best {
                pointer = format!("{from}{}", &pointer[to.len()..]);
                if let Some(f) = f {
                    file = f.clone();
                }
            }
        }
        (file, pointer)
    }

    /// A diagnostic at `pointer` of the loaded document, placed in the user's sources.
    pub fn diagnostic(&self, file: &str, pointer: &str, message: impl Into<String>) -> Diagnostic {
        let (file, pointer) = self.locate(file, pointer);
        Diagnostic::new(&file, pointer, message)
    }

    /// Places a diagnostic made against the loaded document in the user's sources.
    pub fn relocate(&self, d: Diagnostic) -> Diagnostic {
        if self.layers.is_empty() {
            return d;
        }
        let (file, pointer) = self.locate(&d.file, &d.pointer);
        Diagnostic { file, pointer, ..d }
    }
}

/// Whether `prefix` is `pointer` or a whole-token prefix of it (`/a/b` of `/a/b/c`, not `/a/bc`).
fn is_prefix(prefix: &str, pointer: &str) -> bool {
    pointer.starts_with(prefix)
        && (pointer.len() == prefix.len() || pointer.as_bytes()[prefix.len()] == b'/')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate_goes_back_through_every_step() {
        let mut map = SourceMap::default();
        map.step();
        map.record(
            "/definitions/Pet".into(),
            Some("pet.yaml".into()),
            "".into(),
        );
        map.step();
        map.record("/components/schemas".into(), None, "/definitions".into());
        assert_eq!(
            map.locate("api.yaml", "/components/schemas/Pet/properties/id"),
            ("pet.yaml".into(), "/properties/id".into())
        );
        assert_eq!(
            map.locate("api.yaml", "/components/schemas/Tag"),
            ("api.yaml".into(), "/definitions/Tag".into())
        );
        assert_eq!(
            map.locate("api.yaml", "/paths/~1pets"),
            ("api.yaml".into(), "/paths/~1pets".into())
        );
        // A prefix matches whole tokens only.
        assert_eq!(
            map.locate("api.yaml", "/components/schemasX"),
            ("api.yaml".into(), "/components/schemasX".into())
        );
    }
}
