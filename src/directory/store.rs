//! The directory's SQL: listed profiles by filter, one page at a time, the languages they
//! speak, and the profiles matching ranks. Rows are read as `profiles::store` reads them.

use crate::db::Db;
use crate::profiles::model::Stored;
use crate::profiles::store::{PROFILE_COLS, list, stored};

/// What a member can filter the directory by. Empty strings mean "any".
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub specialty: String,
    pub language: String,
    pub format: String,
    pub fee_min: Option<i64>,
    pub fee_max: Option<i64>,
    pub text: String,
}

pub const PAGE_SIZE: i64 = 20;

/// Listed profiles matching the filter, by name, one page at a time; with the total count.
pub async fn directory(db: &Db, f: &Filter, page: i64, now: i64) -> Result<(Vec<Stored>, i64), sqlx::Error> {
    directory_window(db, f, PAGE_SIZE, (page.max(1) - 1) * PAGE_SIZE, now).await
}

/// Listed profiles matching the filter, by name: `limit` of them from `offset`; with the total.
pub async fn directory_window(
    db: &Db,
    f: &Filter,
    limit: i64,
    offset: i64,
    now: i64,
) -> Result<(Vec<Stored>, i64), sqlx::Error> {
    // Each condition is a constant with a numbered placeholder; values are always bound.
    let mut conds =
        vec!["status = 'verified'".to_string(), "suspended_at IS NULL".into(), "license_expires_at > $1".into()];
    let mut binds: Vec<String> = vec![];
    let mut add = |cond: &str, value: String, binds: &mut Vec<String>| {
        binds.push(value);
        conds.push(cond.replace('?', &format!("${}", binds.len() + 1)));
    };
    if !f.specialty.is_empty() {
        add("(',' || specialties || ',') LIKE ?", format!("%,{},%", f.specialty), &mut binds);
    }
    if !f.format.is_empty() {
        add("(',' || formats || ',') LIKE ?", format!("%,{},%", f.format), &mut binds);
    }
    if !f.language.is_empty() {
        add("(',' || LOWER(languages) || ',') LIKE ?", format!("%,{},%", f.language.to_lowercase()), &mut binds);
    }
    for word in f.text.to_lowercase().split_whitespace().take(6) {
        let escaped = word.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
        add("search_text LIKE ? ESCAPE '\\'", format!("%{escaped}%"), &mut binds);
    }
    let mut fee_conds = vec![];
    if f.fee_min.is_some() {
        fee_conds.push(format!("fee_minor >= ${}", binds.len() + 2));
    }
    if f.fee_max.is_some() {
        fee_conds.push(format!("fee_minor <= ${}", binds.len() + 2 + usize::from(f.fee_min.is_some())));
    }
    conds.extend(fee_conds);
    let where_ = conds.join(" AND ");
    let n = binds.len() + 2 + usize::from(f.fee_min.is_some()) + usize::from(f.fee_max.is_some());
    let select = format!(
        "SELECT {PROFILE_COLS} FROM counsellor_profiles WHERE {where_} ORDER BY full_name, user_id LIMIT ${n} OFFSET ${}",
        n + 1
    );
    let count = format!("SELECT COUNT(*) AS n FROM counsellor_profiles WHERE {where_}");
    let mut args: Vec<crate::db::read::Arg> = vec![now.into()];
    args.extend(binds.iter().map(|b| b.clone().into()));
    args.extend([f.fee_min, f.fee_max].into_iter().flatten().map(Into::into));
    let total: i64 = db.read_one(&count, args.clone()).await?.try_get("n")?;
    args.extend([limit.into(), offset.into()]);
    let rows = db.read_all(&select, args).await?;
    Ok((rows.into_iter().map(stored).collect::<Result<_, _>>()?, total))
}

/// Every language listed counsellors speak, for the directory's filter.
pub async fn listed_languages(db: &Db, now: i64) -> Result<Vec<String>, sqlx::Error> {
    let rows = db
        .read_all(
            "SELECT DISTINCT languages FROM counsellor_profiles
         WHERE status = 'verified' AND suspended_at IS NULL AND license_expires_at > $1",
            vec![now.into()],
        )
        .await?;
    let mut all: Vec<String> = vec![];
    for r in rows {
        for l in list(r.try_get("languages")?) {
            if !all.iter().any(|x| x.eq_ignore_ascii_case(&l)) {
                all.push(l);
            }
        }
    }
    all.sort();
    Ok(all)
}

/// Every listed profile (for matching), at most `limit`.
pub async fn listed(db: &Db, now: i64, limit: i64) -> Result<Vec<Stored>, sqlx::Error> {
    db.read_all(
        &format!(
            "SELECT {PROFILE_COLS} FROM counsellor_profiles
         WHERE status = 'verified' AND suspended_at IS NULL AND license_expires_at > $1 ORDER BY full_name LIMIT $2"
        ),
        vec![now.into(), limit.into()],
    )
    .await?
    .into_iter()
    .map(stored)
    .collect()
}
