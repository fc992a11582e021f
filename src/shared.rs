//! [`Shared`]: data shared by reference and compared by address.

use std::ops::Deref;
use std::rc::Rc;

use yew::html::{ImplicitClone, IntoPropValue};

/// A value shared through an `Rc` and compared by address ([`Rc::ptr_eq`]):
/// for data that is never changed in place, such as the dataset and the
/// texts, where a new value is always a new `Shared`, so the same address
/// means the same value. Props and hook dependencies that hold one compare
/// in constant time, and the value's own (deep, derived) `PartialEq` stays
/// out of the `.wasm`.
#[derive(Debug, Default)]
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    /// Shares `value`.
    pub fn new(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> ImplicitClone for Shared<T> {}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<Rc<T>> for Shared<T> {
    fn from(rc: Rc<T>) -> Self {
        Shared(rc)
    }
}

impl<T> IntoPropValue<Shared<T>> for Rc<T> {
    fn into_prop_value(self) -> Shared<T> {
        Shared(self)
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn equal_only_to_itself_and_its_clones() {
        let a = Shared::new(vec![1]);
        assert!(a == a.clone());
        assert!(a != Shared::new(vec![1]), "an equal value elsewhere is another value");
        assert_eq!(*a, [1]);
    }
}
