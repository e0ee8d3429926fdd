//! Where ballots are kept: SQLite (the default: WAL and `synchronous=FULL`, so a commit
//! is on disk when it returns) or PostgreSQL (several instances on one database), through
//! sqlx's `Any` driver and one SQL dialect: `$n` parameters, `ON CONFLICT`, times as
//! integers. The schema is made at start-up ([`MIGRATIONS`]), by each instance, safely
//! twice.
//!
//! Ballots are written by [`writer`], many per transaction.

pub mod writer;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use cairn_model::{Ballot, Choice, Login};
use sqlx::AnyPool;
use sqlx::any::AnyPoolOptions;
use sqlx::{Executor, Row};

/// Why the store failed. (Shown to the operator, never to voters.)
#[derive(Debug, Clone, thiserror::Error)]
pub enum StoreError {
    /// The database address is neither `sqlite://…` nor `postgres://…`.
    #[error("`{0}` is not a database address: use `sqlite://PATH` or `postgres://USER@HOST/DB`")]
    BadUrl(String),
    /// The database refused or failed.
    #[error("database: {0}")]
    Database(String),
    /// A stored ballot could not be read back.
    #[error("a stored ballot of poll `{poll}` cannot be read: {reason}")]
    Corrupt {
        /// The poll.
        poll: String,
        /// Why.
        reason: String,
    },
    /// The writer stopped (the endpoint is shutting down).
    #[error("the ballot writer has stopped")]
    Stopped,
    /// A command that only reads the endpoint's ballots found no database there.
    #[error("there is no ballot database at `{0}`: give the endpoint's own with `--database` (or `CAIRN_DATABASE`)")]
    Missing(String),
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        Self::Database(e.to_string())
    }
}

/// The schema, in order; each runs once per database (`cairn_schema` records which ran).
const MIGRATIONS: &[(i64, &[&str])] = &[(
    1,
    &[
        "CREATE TABLE IF NOT EXISTS ballots (poll TEXT NOT NULL, voter TEXT NOT NULL, choice TEXT NOT NULL, \
         cast_at BIGINT NOT NULL, changes BIGINT NOT NULL, PRIMARY KEY (poll, voter))",
        "CREATE TABLE IF NOT EXISTS revoked (poll TEXT NOT NULL, code_id TEXT NOT NULL, PRIMARY KEY (poll, code_id))",
        "CREATE TABLE IF NOT EXISTS salts (day BIGINT NOT NULL PRIMARY KEY, salt TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS addresses (poll TEXT NOT NULL, day BIGINT NOT NULL, address TEXT NOT NULL, \
         voter TEXT NOT NULL, PRIMARY KEY (poll, day, address, voter))",
    ],
)];

/// A connection pool to the ballots' database.
#[derive(Debug, Clone)]
pub struct Store {
    pool: AnyPool,
}

/// One stored ballot, for exports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredBallot {
    /// Who: `invite:…` or `browser:…`.
    pub voter: String,
    /// What they chose.
    pub choice: Choice,
    /// When it was last cast (seconds since 1970, UTC).
    pub cast_at: i64,
}

impl Store {
    /// Connects to `url` (`sqlite://PATH`, made when missing, or `postgres://…`) and
    /// makes the schema.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        Self::open(url, true).await
    }

    /// Connects to the endpoint's existing database at `url`, for commands that work on
    /// its ballots (export, revoke): a missing SQLite file is an error, not a new, empty
    /// database.
    pub async fn connect_existing(url: &str) -> Result<Self, StoreError> {
        if let Some(path) = url.strip_prefix("sqlite://") {
            let file = path.split('?').next().unwrap_or_default();
            if !std::path::Path::new(file).is_file() {
                return Err(StoreError::Missing(file.to_owned()));
            }
        }
        Self::open(url, false).await
    }

    async fn open(url: &str, create: bool) -> Result<Self, StoreError> {
        sqlx::any::install_default_drivers();
        let (url, sqlite) = if let Some(path) = url.strip_prefix("sqlite://") {
            let mode = match (path.contains("mode="), path.contains('?'), create) {
                (true, _, _) => "",
                (false, true, true) => "&mode=rwc",
                (false, false, true) => "?mode=rwc",
                (false, true, false) => "&mode=rw",
                (false, false, false) => "?mode=rw",
            };
            (format!("sqlite://{path}{mode}"), true)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            (url.to_owned(), false)
        } else {
            return Err(StoreError::BadUrl(url.to_owned()));
        };
        let pool = AnyPoolOptions::new()
            .max_connections(if sqlite { 4 } else { 8 })
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if sqlite {
                        // Durable when a commit returns; readers do not wait for the writer.
                        conn.execute("PRAGMA journal_mode=WAL").await?;
                        conn.execute("PRAGMA synchronous=FULL").await?;
                        conn.execute("PRAGMA busy_timeout=5000").await?;
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await?;
        let store = Self { pool };
        store.migrate(!sqlite).await?;
        Ok(store)
    }

    async fn migrate(&self, postgres: bool) -> Result<(), StoreError> {
        // Instances starting together on one PostgreSQL database take turns: concurrent
        // `CREATE TABLE IF NOT EXISTS` can fail there.
        let mut conn = self.pool.acquire().await?;
        if postgres {
            conn.execute("SELECT pg_advisory_lock(8271977)").await?;
        }
        let made = self.make_schema(&mut conn).await;
        if postgres {
            conn.execute("SELECT pg_advisory_unlock(8271977)").await?;
        }
        made
    }

    async fn make_schema(&self, conn: &mut sqlx::AnyConnection) -> Result<(), StoreError> {
        conn.execute("CREATE TABLE IF NOT EXISTS cairn_schema (version BIGINT NOT NULL PRIMARY KEY)").await?;
        for (version, statements) in MIGRATIONS {
            let done = sqlx::query("SELECT version FROM cairn_schema WHERE version = $1")
                .bind(*version)
                .fetch_optional(&mut *conn)
                .await?;
            if done.is_some() {
                continue;
            }
            let mut tx = sqlx::Connection::begin(&mut *conn).await?;
            for statement in *statements {
                tx.execute(*statement).await?;
            }
            sqlx::query("INSERT INTO cairn_schema (version) VALUES ($1) ON CONFLICT (version) DO NOTHING")
                .bind(*version)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
        }
        Ok(())
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").fetch_one(&self.pool).await?;
        Ok(())
    }

    /// The counted ballots of `poll` (one per voter, the latest), for its tally.
    pub async fn ballots(&self, poll: &str) -> Result<Vec<Ballot>, StoreError> {
        let rows = sqlx::query("SELECT choice FROM ballots WHERE poll = $1").bind(poll).fetch_all(&self.pool).await?;
        // The tally does not look at voters; every ballot gets the same placeholder.
        let voter =
            Login::new("endpoint").map_err(|e| StoreError::Corrupt { poll: poll.to_owned(), reason: e.to_string() })?;
        rows.iter()
            .map(|row| {
                let text: String = row.try_get(0)?;
                let choice = serde_json::from_str(&text)
                    .map_err(|e| StoreError::Corrupt { poll: poll.to_owned(), reason: e.to_string() })?;
                Ok(Ballot { voter: voter.clone(), choice })
            })
            .collect()
    }

    /// Every ballot of `poll`, by voter.
    pub async fn export(&self, poll: &str) -> Result<Vec<StoredBallot>, StoreError> {
        let rows = sqlx::query("SELECT voter, choice, cast_at FROM ballots WHERE poll = $1 ORDER BY voter")
            .bind(poll)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|row| {
                let text: String = row.try_get(1)?;
                let choice = serde_json::from_str(&text)
                    .map_err(|e| StoreError::Corrupt { poll: poll.to_owned(), reason: e.to_string() })?;
                Ok(StoredBallot { voter: row.try_get(0)?, choice, cast_at: row.try_get(2)? })
            })
            .collect()
    }

    /// Withdraws the invite code with id `code_id` (see [`crate::invite::code_id`]): its
    /// ballot no longer counts, and it can cast no other. Returns whether it had voted.
    pub async fn revoke(&self, poll: &str, code_id: &str) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("INSERT INTO revoked (poll, code_id) VALUES ($1, $2) ON CONFLICT (poll, code_id) DO NOTHING")
            .bind(poll)
            .bind(code_id)
            .execute(&mut *tx)
            .await?;
        let removed = sqlx::query("DELETE FROM ballots WHERE poll = $1 AND voter = $2")
            .bind(poll)
            .bind(code_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(removed.rows_affected() > 0)
    }

    /// Deletes the keys and address hashes of days before yesterday (`day` is today):
    /// with its key gone, a hash can never be matched again.
    pub async fn prune(&self, day: i64) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM salts WHERE day < $1").bind(day - 1).execute(&self.pool).await?;
        sqlx::query("DELETE FROM addresses WHERE day < $1").bind(day - 1).execute(&self.pool).await?;
        Ok(())
    }

    /// The random key of `day` (days since 1970) for hashing addresses; keys and address
    /// hashes of days before yesterday are deleted, so old hashes can never be matched.
    pub async fn salt(&self, day: i64) -> Result<Vec<u8>, StoreError> {
        let fresh =
            URL_SAFE_NO_PAD.encode(crate::keys::random::<32>().map_err(|e| StoreError::Database(e.to_string()))?);
        let mut tx = self.pool.begin().await?;
        sqlx::query("INSERT INTO salts (day, salt) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING")
            .bind(day)
            .bind(fresh)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM salts WHERE day < $1").bind(day - 1).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM addresses WHERE day < $1").bind(day - 1).execute(&mut *tx).await?;
        let row = sqlx::query("SELECT salt FROM salts WHERE day = $1").bind(day).fetch_one(&mut *tx).await?;
        tx.commit().await?;
        let text: String = row.try_get(0)?;
        URL_SAFE_NO_PAD.decode(text).map_err(|e| StoreError::Corrupt { poll: String::new(), reason: e.to_string() })
    }

    pub(crate) fn pool(&self) -> &AnyPool {
        &self.pool
    }
}
