//! Group commit: one task writes every ballot. It takes the ballots waiting in its queue
//! (up to [`MAX_BATCH`]), writes them in one transaction, and answers each caller only
//! after the commit returned, so an acknowledged ballot is on disk (or in PostgreSQL)
//! while one fsync serves many ballots. If the commit fails, every ballot of the batch
//! gets the error and none is acknowledged.

use tokio::sync::{mpsc, oneshot};

use super::{Store, StoreError};

/// The most ballots in one transaction.
pub const MAX_BATCH: usize = 512;

/// A ballot to write.
#[derive(Debug, Clone)]
pub struct Cast {
    /// The poll.
    pub poll: String,
    /// The voter: `invite:…` or `browser:…`.
    pub voter: String,
    /// The model's `Choice`, as JSON.
    pub choice: String,
    /// Now, in seconds since 1970.
    pub at: i64,
    /// For a code: refused when the code was revoked.
    pub revocable: bool,
    /// For open polls: the day, the address's keyed hash, and how many voters one
    /// address may have per poll and day.
    pub address: Option<(i64, String, u32)>,
}

/// What became of a ballot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The voter's first ballot.
    Recorded,
    /// It replaced the voter's earlier ballot.
    Changed,
    /// The code was revoked.
    Revoked,
    /// The address has had its share of voters today.
    AddressLimit,
}

type Reply = oneshot::Sender<Result<Outcome, StoreError>>;

/// The writer's queue.
#[derive(Debug, Clone)]
pub struct Writer {
    queue: mpsc::Sender<(Cast, Reply)>,
}

impl Writer {
    /// Starts the writer on `store`, in the current tokio runtime.
    pub fn spawn(store: Store) -> Self {
        let (queue, mut waiting) = mpsc::channel::<(Cast, Reply)>(MAX_BATCH * 8);
        tokio::spawn(async move {
            let mut batch = Vec::with_capacity(MAX_BATCH);
            while waiting.recv_many(&mut batch, MAX_BATCH).await > 0 {
                let casts: Vec<&Cast> = batch.iter().map(|(cast, _)| cast).collect();
                match write(&store, &casts).await {
                    Ok(outcomes) => {
                        for ((_, reply), outcome) in batch.drain(..).zip(outcomes) {
                            let _ = reply.send(Ok(outcome));
                        }
                    }
                    Err(e) => {
                        for (_, reply) in batch.drain(..) {
                            let _ = reply.send(Err(e.clone()));
                        }
                    }
                }
            }
        });
        Self { queue }
    }

    /// Writes `cast`; returns once it is committed (or refused).
    pub async fn cast(&self, cast: Cast) -> Result<Outcome, StoreError> {
        let (reply, answer) = oneshot::channel();
        self.queue.send((cast, reply)).await.map_err(|_| StoreError::Stopped)?;
        answer.await.map_err(|_| StoreError::Stopped)?
    }
}

/// Writes `casts` in one transaction.
async fn write(store: &Store, casts: &[&Cast]) -> Result<Vec<Outcome>, StoreError> {
    let mut tx = store.pool().begin().await?;
    let mut outcomes = Vec::with_capacity(casts.len());
    for cast in casts {
        if cast.revocable {
            let revoked = sqlx::query("SELECT code_id FROM revoked WHERE poll = $1 AND code_id = $2")
                .bind(&cast.poll)
                .bind(&cast.voter)
                .fetch_optional(&mut *tx)
                .await?;
            if revoked.is_some() {
                outcomes.push(Outcome::Revoked);
                continue;
            }
        }
        if let Some((day, address, limit)) = &cast.address {
            let others: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM addresses WHERE poll = $1 AND day = $2 AND address = $3 AND voter <> $4",
            )
            .bind(&cast.poll)
            .bind(*day)
            .bind(address)
            .bind(&cast.voter)
            .fetch_one(&mut *tx)
            .await?;
            if others >= i64::from(*limit) {
                outcomes.push(Outcome::AddressLimit);
                continue;
            }
            sqlx::query(
                "INSERT INTO addresses (poll, day, address, voter) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (poll, day, address, voter) DO NOTHING",
            )
            .bind(&cast.poll)
            .bind(*day)
            .bind(address)
            .bind(&cast.voter)
            .execute(&mut *tx)
            .await?;
        }
        let earlier = sqlx::query("SELECT changes FROM ballots WHERE poll = $1 AND voter = $2")
            .bind(&cast.poll)
            .bind(&cast.voter)
            .fetch_optional(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO ballots (poll, voter, choice, cast_at, changes) VALUES ($1, $2, $3, $4, 0) \
             ON CONFLICT (poll, voter) DO UPDATE SET choice = excluded.choice, cast_at = excluded.cast_at, \
             changes = ballots.changes + 1",
        )
        .bind(&cast.poll)
        .bind(&cast.voter)
        .bind(&cast.choice)
        .bind(cast.at)
        .execute(&mut *tx)
        .await?;
        outcomes.push(if earlier.is_some() { Outcome::Changed } else { Outcome::Recorded });
    }
    tx.commit().await?;
    Ok(outcomes)
}
