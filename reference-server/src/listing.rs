//! What every list endpoint shares: filters turned into SQL conditions, `order_by`, paging,
//! and the pagination object with its `first`/`last`/`next`/`previous` links.

use crate::error::{Error, Result};
use crate::selector::{self, Requirement};
use generated_client::models::{Link, OrderBy, Pagination, Timestamp};
use rusqlite::types::Value;

/// Cloud Controller's paging rules.
const DEFAULT_PER_PAGE: i32 = 50;
const MAX_PER_PAGE: i32 = 5000;

/// A list request on its way to SQL. Conditions are on the resource (`r`) and its app (`a`).
pub struct ListQuery {
    conditions: Vec<String>,
    params: Vec<Value>,
    order: &'static str,
    page: i64,
    per_page: i64,
    /// The request's parameters as sent (page left out), repeated in the pagination links.
    pairs: Vec<(String, String)>,
}

impl ListQuery {
    /// Paging and ordering; `pairs` is the query's wire form.
    pub fn new(
        pairs: Vec<(String, String)>,
        page: Option<i32>,
        per_page: Option<i32>,
        order_by: Option<&OrderBy>,
    ) -> Result<ListQuery> {
        let mut problems = Vec::new();
        let page = page.unwrap_or(1);
        if page < 1 {
            problems.push("Page must be a positive integer".to_owned());
        }
        let per_page = per_page.unwrap_or(DEFAULT_PER_PAGE);
        if !(1..=MAX_PER_PAGE).contains(&per_page) {
            problems.push(format!("Per page must be between 1 and {MAX_PER_PAGE}"));
        }
        let order = match order_by {
            None => "r.id",
            Some(OrderBy::CreatedAt | OrderBy::PlusCreatedAt) => "r.created_at, r.id",
            Some(OrderBy::MinusCreatedAt) => "r.created_at DESC, r.id DESC",
            Some(OrderBy::UpdatedAt | OrderBy::PlusUpdatedAt) => "r.updated_at, r.id",
            Some(OrderBy::MinusUpdatedAt) => "r.updated_at DESC, r.id DESC",
            Some(_) => {
                problems.push("Order by can only be: 'created_at', 'updated_at'".to_owned());
                "r.id"
            }
        };
        if !problems.is_empty() {
            return Err(Error::bad_query(problems.join(", ")));
        }
        let pairs = pairs
            .into_iter()
            .filter(|(k, _)| k != "page" && k != "per_page")
            .collect();
        Ok(ListQuery {
            conditions: Vec::new(),
            params: Vec::new(),
            order,
            page: page.into(),
            per_page: per_page.into(),
            pairs,
        })
    }

    /// `column = value`.
    pub fn equals(&mut self, column: &str, value: impl Into<Value>) {
        self.conditions.push(format!("{column} = ?"));
        self.params.push(value.into());
    }

    /// `column IN (values)`, when the filter was given.
    pub fn any_of<T: ToString>(&mut self, column: &str, values: Option<&[T]>) {
        let Some(values) = values else { return };
        let marks = vec!["?"; values.len()].join(",");
        self.conditions.push(format!("{column} IN ({marks})"));
        self.params
            .extend(values.iter().map(|v| Value::Text(v.to_string())));
    }

    /// `column IN (values)` for integers.
    pub fn any_of_int(&mut self, column: &str, values: Option<&[i64]>) {
        let Some(values) = values else { return };
        let marks = vec!["?"; values.len()].join(",");
        self.conditions.push(format!("{column} IN ({marks})"));
        self.params
            .extend(values.iter().map(|v| Value::Integer(*v)));
    }

    /// A condition without parameters.
    pub fn raw(&mut self, condition: &str) {
        self.conditions.push(condition.to_owned());
    }

    /// A timestamp filter: exact values, and the relational operators.
    pub fn times(&mut self, column: &str, t: TimeFilter<'_>) {
        let at = |ts: &Timestamp| Value::Integer(ts.value().unix_timestamp());
        if let Some(values) = t.equal {
            let marks = vec!["?"; values.len()].join(",");
            self.conditions.push(format!("{column} IN ({marks})"));
            self.params.extend(values.iter().map(at));
        }
        for (op, value) in [("<", t.lt), ("<=", t.lte), (">", t.gt), (">=", t.gte)] {
            if let Some(v) = value {
                self.conditions.push(format!("{column} {op} ?"));
                self.params.push(at(v));
            }
        }
    }

    /// A `label_selector`: each requirement an `EXISTS` on the labels table.
    pub fn labels(&mut self, selector: Option<&str>) -> Result<()> {
        let Some(selector) = selector else {
            return Ok(());
        };
        for requirement in selector::parse(selector).map_err(Error::bad_query)? {
            let label = "SELECT 1 FROM labels l WHERE l.resource_guid = r.guid AND l.key = ?";
            let (negated, key, values) = match requirement {
                Requirement::Exists(k) => (false, k, Vec::new()),
                Requirement::NotExists(k) => (true, k, Vec::new()),
                Requirement::In(k, v) => (false, k, v),
                Requirement::NotIn(k, v) => (true, k, v),
            };
            let not = if negated { "NOT " } else { "" };
            let value = if values.is_empty() {
                String::new()
            } else {
                format!(" AND l.value IN ({})", vec!["?"; values.len()].join(","))
            };
            self.conditions
                .push(format!("{not}EXISTS ({label}{value})"));
            self.params.push(Value::Text(key));
            self.params.extend(values.into_iter().map(Value::Text));
        }
        Ok(())
    }

    /// `WHERE ...` (or nothing) and its parameters.
    pub fn where_clause(&self) -> (String, Vec<Value>) {
        let sql = if self.conditions.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", self.conditions.join(" AND "))
        };
        (sql, self.params.clone())
    }

    /// `ORDER BY ... LIMIT ... OFFSET ...`.
    pub fn page_clause(&self) -> String {
        let offset = (self.page - 1).saturating_mul(self.per_page);
        format!(
            "ORDER BY {} LIMIT {} OFFSET {offset}",
            self.order, self.per_page
        )
    }

    /// The pagination object of a list of `total` results at `base` + `path`.
    pub fn pagination(&self, total: i64, base: &str, path: &str) -> Pagination {
        let pages = ((total + self.per_page - 1) / self.per_page).max(1);
        let link = |page: i64| {
            let mut pairs = self.pairs.clone();
            pairs.push(("page".into(), page.to_string()));
            pairs.push(("per_page".into(), self.per_page.to_string()));
            // Cloud Controller (Rails' to_query) sorts the parameters by name.
            pairs.sort();
            let query = form_urlencoded::Serializer::new(String::new())
                .extend_pairs(pairs)
                .finish();
            Link {
                href: format!("{base}{path}?{query}"),
                method: None,
            }
        };
        Pagination {
            total_results: total,
            total_pages: pages,
            first: link(1),
            last: link(pages),
            next: (self.page < pages).then(|| link(self.page + 1)),
            previous: (self.page > 1).then(|| link(self.page - 1)),
        }
    }
}

/// `created_ats` or `updated_ats` with its operators.
pub struct TimeFilter<'a> {
    pub equal: Option<&'a [Timestamp]>,
    pub lt: Option<&'a Timestamp>,
    pub lte: Option<&'a Timestamp>,
    pub gt: Option<&'a Timestamp>,
    pub gte: Option<&'a Timestamp>,
}

/// The filters every list query type has, by the same names: GUIDs, states, timestamps,
/// labels. (`$q` is one of the generated `List*Query` types.)
macro_rules! common_filters {
    ($list:expr, $q:expr) => {{
        let q = &$q;
        $list.any_of("r.guid", q.guids.as_deref());
        $list.any_of("r.state", q.states.as_deref());
        $list.times(
            "r.created_at",
            $crate::listing::TimeFilter {
                equal: q.created_ats.as_deref(),
                lt: q.created_ats_lt.as_ref(),
                lte: q.created_ats_lte.as_ref(),
                gt: q.created_ats_gt.as_ref(),
                gte: q.created_ats_gte.as_ref(),
            },
        );
        $list.times(
            "r.updated_at",
            $crate::listing::TimeFilter {
                equal: q.updated_ats.as_deref(),
                lt: q.updated_ats_lt.as_ref(),
                lte: q.updated_ats_lte.as_ref(),
                gt: q.updated_ats_gt.as_ref(),
                gte: q.updated_ats_gte.as_ref(),
            },
        );
        $list.labels(q.label_selector.as_deref())
    }};
}
pub(crate) use common_filters;

/// A new list query from a generated query type (its paging, order and wire form).
macro_rules! list_query {
    ($q:expr) => {{
        let q = &$q;
        match q.to_pairs() {
            Ok(pairs) => {
                $crate::listing::ListQuery::new(pairs, q.page, q.per_page, q.order_by.as_ref())
            }
            Err(e) => Err($crate::error::Error::bad_query(e)),
        }
    }};
}
pub(crate) use list_query;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pagination_links_repeat_the_filters_sorted() {
        let pairs = vec![
            ("states".to_owned(), "STAGED,FAILED".to_owned()),
            ("page".to_owned(), "2".to_owned()),
            ("order_by".to_owned(), "-created_at".to_owned()),
        ];
        let q = ListQuery::new(pairs, Some(2), Some(2), Some(&OrderBy::MinusCreatedAt)).unwrap();
        let p = q.pagination(5, "http://h", "/v3/droplets");
        assert_eq!((p.total_results, p.total_pages), (5, 3));
        assert_eq!(
            p.next.unwrap().href,
            "http://h/v3/droplets?order_by=-created_at&page=3&per_page=2&states=STAGED%2CFAILED"
        );
        assert_eq!(
            p.first.href,
            "http://h/v3/droplets?order_by=-created_at&page=1&per_page=2&states=STAGED%2CFAILED"
        );
        assert!(p.previous.unwrap().href.contains("page=1&"));
        assert!(p.last.href.contains("page=3&"));
    }

    #[test]
    fn an_empty_list_has_one_page_and_no_neighbours() {
        let q = ListQuery::new(Vec::new(), None, None, None).unwrap();
        let p = q.pagination(0, "http://h", "/v3/tasks");
        assert_eq!(p.total_pages, 1);
        assert!(p.next.is_none() && p.previous.is_none());
        assert_eq!(p.last.href, "http://h/v3/tasks?page=1&per_page=50");
    }

    #[test]
    fn paging_out_of_range_is_a_bad_query() {
        assert!(ListQuery::new(Vec::new(), Some(0), None, None).is_err());
        assert!(ListQuery::new(Vec::new(), None, Some(5001), None).is_err());
        let unknown = OrderBy::from("name");
        assert!(!unknown.is_known());
        assert!(ListQuery::new(Vec::new(), None, None, Some(&unknown)).is_err());
    }
}
