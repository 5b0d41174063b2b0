//! What the read path binds and hands back: values by number, rows read by column name or
//! position with the same answers (and errors) as sqlx's `try_get`, from either engine.

use std::sync::Arc;

use sqlx::any::{AnyRow, AnyTypeInfoKind};
use sqlx::{Column, Row as _, TypeInfo as _};

/// A bound value.
#[derive(Clone, Debug)]
pub enum Arg {
    Null,
    Int(i64),
    Text(String),
    Blob(Vec<u8>),
}

impl From<i64> for Arg {
    fn from(v: i64) -> Arg {
        Arg::Int(v)
    }
}
impl From<&str> for Arg {
    fn from(v: &str) -> Arg {
        Arg::Text(v.to_string())
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Arg {
        Arg::Text(v)
    }
}
impl From<&String> for Arg {
    fn from(v: &String) -> Arg {
        Arg::Text(v.clone())
    }
}
impl<T: Into<Arg>> From<Option<T>> for Arg {
    fn from(v: Option<T>) -> Arg {
        v.map_or(Arg::Null, Into::into)
    }
}

/// A value read.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

/// What a column can be read as.
pub trait FromValue: Sized {
    fn from_value(v: &Value) -> Option<Self>;
}
impl FromValue for i64 {
    fn from_value(v: &Value) -> Option<i64> {
        match v {
            Value::Int(i) => Some(*i),
            _ => None,
        }
    }
}
impl FromValue for bool {
    fn from_value(v: &Value) -> Option<bool> {
        i64::from_value(v).map(|i| i != 0)
    }
}
impl FromValue for f64 {
    fn from_value(v: &Value) -> Option<f64> {
        match v {
            Value::Real(f) => Some(*f),
            Value::Int(i) => Some(*i as f64),
            _ => None,
        }
    }
}
impl FromValue for String {
    fn from_value(v: &Value) -> Option<String> {
        match v {
            Value::Text(s) => Some(s.clone()),
            _ => None,
        }
    }
}
impl FromValue for Vec<u8> {
    fn from_value(v: &Value) -> Option<Vec<u8>> {
        match v {
            Value::Blob(b) => Some(b.clone()),
            _ => None,
        }
    }
}
impl<T: FromValue> FromValue for Option<T> {
    fn from_value(v: &Value) -> Option<Option<T>> {
        match v {
            Value::Null => Some(None),
            v => T::from_value(v).map(Some),
        }
    }
}

/// One row, with its column names shared by the rows of the same statement.
#[derive(Clone, Debug)]
pub struct ReadRow {
    names: Arc<[String]>,
    values: Vec<Value>,
}

/// A column by name or by position, as with sqlx.
pub trait ColumnIndex {
    fn find(&self, names: &[String]) -> Result<usize, sqlx::Error>;
    fn label(&self) -> String;
}
impl ColumnIndex for &str {
    fn find(&self, names: &[String]) -> Result<usize, sqlx::Error> {
        names.iter().position(|n| n == self).ok_or_else(|| sqlx::Error::ColumnNotFound(self.to_string()))
    }
    fn label(&self) -> String {
        self.to_string()
    }
}
impl ColumnIndex for usize {
    fn find(&self, names: &[String]) -> Result<usize, sqlx::Error> {
        (*self < names.len())
            .then_some(*self)
            .ok_or(sqlx::Error::ColumnIndexOutOfBounds { index: *self, len: names.len() })
    }
    fn label(&self) -> String {
        self.to_string()
    }
}

impl ReadRow {
    pub(super) fn new(names: Arc<[String]>, values: Vec<Value>) -> ReadRow {
        ReadRow { names, values }
    }

    /// A column as `T`, with the same errors as sqlx's `try_get`.
    pub fn try_get<T: FromValue, I: ColumnIndex>(&self, index: I) -> Result<T, sqlx::Error> {
        let i = index.find(&self.names)?;
        T::from_value(&self.values[i]).ok_or_else(|| sqlx::Error::ColumnDecode {
            index: index.label(),
            source: format!("unexpected {:?} for {}", self.values[i], std::any::type_name::<T>()).into(),
        })
    }
}

pub(super) fn from_any(rows: Vec<AnyRow>) -> Result<Vec<ReadRow>, sqlx::Error> {
    let Some(first) = rows.first() else { return Ok(vec![]) };
    let names: Arc<[String]> = first.columns().iter().map(|c| c.name().to_string()).collect();
    rows.iter().map(|r| Ok(ReadRow { names: names.clone(), values: values_of(r)? })).collect()
}

fn values_of(r: &AnyRow) -> Result<Vec<Value>, sqlx::Error> {
    r.columns()
        .iter()
        .enumerate()
        .map(|(i, c)| {
            // The value's own type, not the column's: SQLite declares none for an expression
            // (`COUNT(*)`, `EXISTS (…)`, `$1`), so the column's type reads as NULL there.
            let raw = r.try_get_raw(i)?;
            if sqlx::ValueRef::is_null(&raw) {
                return Ok(Value::Null);
            }
            let kind = sqlx::ValueRef::type_info(&raw).kind();
            Ok(match kind {
                AnyTypeInfoKind::Null => Value::Null,
                AnyTypeInfoKind::Bool => Value::Int(r.try_get::<bool, _>(i)? as i64),
                AnyTypeInfoKind::SmallInt => Value::Int(r.try_get::<i16, _>(i)?.into()),
                AnyTypeInfoKind::Integer => Value::Int(r.try_get::<i32, _>(i)?.into()),
                AnyTypeInfoKind::BigInt => Value::Int(r.try_get::<i64, _>(i)?),
                AnyTypeInfoKind::Real => Value::Real(r.try_get::<f32, _>(i)?.into()),
                AnyTypeInfoKind::Double => Value::Real(r.try_get::<f64, _>(i)?),
                AnyTypeInfoKind::Text => Value::Text(r.try_get::<String, _>(i)?),
                AnyTypeInfoKind::Blob => Value::Blob(r.try_get::<Vec<u8>, _>(i)?),
                #[allow(unreachable_patterns)]
                _ => {
                    return Err(sqlx::Error::ColumnDecode {
                        index: c.name().to_string(),
                        source: format!("unsupported type {}", c.type_info().name()).into(),
                    });
                }
            })
        })
        .collect()
}

impl TryFrom<AnyRow> for ReadRow {
    type Error = sqlx::Error;

    /// A row read through sqlx (in a write transaction, or `RETURNING`), for the same
    /// mapping functions as the read path's rows.
    fn try_from(r: AnyRow) -> Result<ReadRow, sqlx::Error> {
        Ok(ReadRow { names: r.columns().iter().map(|c| c.name().to_string()).collect(), values: values_of(&r)? })
    }
}
