//! How old a dataset's last review is: the rule the build applies to the
//! front matter's `last-reviewed` date (see build.rs), as a pure function.

use crate::model::Date;

/// How long ago a dataset's answers were last reviewed, against a limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewAge {
    /// Whole calendar months from the review to today. A month counts once
    /// today's day of the month reaches the review's: from 2026-01-15,
    /// 2026-02-14 is 0 months and 2026-02-15 is 1. From a day the later month
    /// lacks (the 31st, or 29 February), the month counts from the 1st of the
    /// month after: from 2026-01-31, 2026-02-28 is 0 months and 2026-03-01
    /// is 1. Negative if the review date is after today.
    pub months: i64,
    /// Whether the review is too old: `months` has reached the limit.
    pub too_old: bool,
}

/// How old a review made on `reviewed` is on `today`, and whether it has
/// reached `max_months` months (see [`ReviewAge`]).
///
/// ```
/// use faq_core::{review_age, Date};
///
/// let reviewed = Date::parse("2026-10-15").unwrap();
/// let age = review_age(reviewed, Date::parse("2027-11-20").unwrap(), 12);
/// assert_eq!((age.months, age.too_old), (13, true));
/// let age = review_age(reviewed, Date::parse("2027-10-14").unwrap(), 12);
/// assert_eq!((age.months, age.too_old), (11, false));
/// ```
pub fn review_age(reviewed: Date, today: Date, max_months: i64) -> ReviewAge {
    let month_index = |d: Date| i64::from(d.year) * 12 + i64::from(d.month);
    let months = month_index(today) - month_index(reviewed) - i64::from(today.day < reviewed.day);
    ReviewAge { months, too_old: months >= max_months }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn months(reviewed: &str, today: &str) -> i64 {
        let date = |s: &str| Date::parse(s).unwrap_or_else(|| panic!("{s} is a date"));
        review_age(date(reviewed), date(today), 12).months
    }

    #[test]
    fn the_same_day_is_zero_months() {
        assert_eq!(months("2026-03-01", "2026-03-01"), 0);
        assert!(review_age(Date::parse("2026-03-01").unwrap(), Date::parse("2026-03-01").unwrap(), 0).too_old);
    }

    #[test]
    fn a_month_counts_once_the_day_of_the_month_is_reached() {
        assert_eq!(months("2026-01-15", "2026-02-14"), 0);
        assert_eq!(months("2026-01-15", "2026-02-15"), 1);
        assert_eq!(months("2026-01-15", "2026-03-14"), 1);
        assert_eq!(months("2026-01-15", "2027-01-14"), 11);
        assert_eq!(months("2026-01-15", "2027-01-15"), 12);
    }

    #[test]
    fn month_and_year_boundaries() {
        assert_eq!(months("2026-01-31", "2026-02-01"), 0);
        assert_eq!(months("2026-12-31", "2027-01-01"), 0);
        assert_eq!(months("2026-12-01", "2027-01-01"), 1);
        assert_eq!(months("2026-10-15", "2027-11-20"), 13);
    }

    #[test]
    fn from_a_day_the_later_month_lacks_the_month_counts_from_the_first_of_the_next() {
        assert_eq!(months("2026-01-31", "2026-02-28"), 0);
        assert_eq!(months("2026-01-31", "2026-03-01"), 1);
        assert_eq!(months("2026-03-31", "2026-04-30"), 0);
        assert_eq!(months("2026-03-31", "2026-05-01"), 1);
    }

    #[test]
    fn leap_years() {
        assert_eq!(months("2024-02-29", "2025-02-28"), 11);
        assert_eq!(months("2024-02-29", "2025-03-01"), 12);
        assert_eq!(months("2024-01-29", "2024-02-29"), 1);
        assert_eq!(months("2023-02-28", "2024-02-28"), 12);
        assert_eq!(months("2024-02-29", "2028-02-29"), 48);
    }

    #[test]
    fn too_old_from_the_limit_on_and_never_for_a_review_after_today() {
        let reviewed = Date::parse("2026-10-15").unwrap();
        let on = |today: &str| review_age(reviewed, Date::parse(today).unwrap(), 12);
        assert_eq!(on("2027-10-14"), ReviewAge { months: 11, too_old: false });
        assert_eq!(on("2027-10-15"), ReviewAge { months: 12, too_old: true });
        assert_eq!(on("2026-09-15"), ReviewAge { months: -1, too_old: false });
    }
}
