//! Live-connection benchmarks (issue 8), against running release servers filled by
//! `bench_fill` (whose `tokens.txt` holds signed-in sessions; lines 2k and 2k+1 are partners).
//!
//!   bench_sockets idle URL TOKENS COUNT PID
//!       opens COUNT idle WebSockets to URL (spread over the members) and reports the server's
//!       resident memory (VmRSS of PID) before and with them open.
//!   bench_sockets idle URL TOKENS COUNT PID LISTEN_URL SAMPLES
//!       the same, then SAMPLES messages (as `latency`) while the idle sockets stay open
//!   bench_sockets latency SEND_URL LISTEN_URL TOKENS SAMPLES
//!       member 0 sends SAMPLES messages through SEND_URL to member 1, whose socket is held by
//!       LISTEN_URL (another instance on the same PostgreSQL, or the same URL on SQLite), and
//!       reports how long each took to arrive: p50, p99, max.

use std::time::{Duration, Instant};

use futures_util::StreamExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

type Ws = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

const CSRF: &str = "AAAAAAAAAAAAAAAAAAAAAA";

fn host(url: &str) -> &str {
    url.trim_start_matches("http://").trim_end_matches('/')
}

async fn open(url: &str, token: &str) -> anyhow::Result<Ws> {
    let mut req = format!("ws://{}/live", host(url)).into_client_request()?;
    req.headers_mut().insert("cookie", format!("dt_session={token}").parse()?);
    // The servers run with their default base URL; a browser on it sends this origin.
    req.headers_mut().insert("origin", "http://127.0.0.1:8080".parse()?);
    let (mut ws, _) = tokio_tungstenite::connect_async(req).await?;
    // Wait for the server's "ready".
    ws.next().await.ok_or_else(|| anyhow::anyhow!("closed before ready"))??;
    Ok(ws)
}

fn rss_kib(pid: &str) -> anyhow::Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:")).ok_or_else(|| anyhow::anyhow!("no VmRSS"))?;
    Ok(line.split_whitespace().nth(1).unwrap_or("0").parse()?)
}

async fn http(url: &str, method: &str, path: &str, token: &str, body: &str) -> anyhow::Result<String> {
    let mut s = tokio::net::TcpStream::connect(host(url)).await?;
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nCookie: dt_session={token}; dt_csrf={CSRF}\r\n",
        host(url)
    );
    if method == "POST" {
        let body = format!("csrf={CSRF}&{body}");
        req.push_str(&format!(
            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        ));
    } else {
        req.push_str("\r\n");
    }
    s.write_all(req.as_bytes()).await?;
    let mut out = String::new();
    s.read_to_string(&mut out).await?;
    Ok(out)
}

async fn idle(
    url: &str,
    tokens: &[String],
    count: usize,
    pid: &str,
    busy: Option<(&str, usize)>,
) -> anyhow::Result<()> {
    let before = rss_kib(pid)?;
    let started = Instant::now();
    let mut sockets = Vec::with_capacity(count);
    for batch in (0..count).collect::<Vec<_>>().chunks(250) {
        let opened = futures_util::future::join_all(batch.iter().map(|i| open(url, &tokens[i % tokens.len()]))).await;
        for ws in opened {
            sockets.push(ws?);
        }
    }
    let took = started.elapsed();
    tokio::time::sleep(Duration::from_secs(3)).await;
    let with = rss_kib(pid)?;
    println!(
        "{count} idle sockets open (in {:.1} s): server RSS {:.1} MB before, {:.1} MB with them ({:.1} KB a socket)",
        took.as_secs_f64(),
        before as f64 / 1024.0,
        with as f64 / 1024.0,
        (with.saturating_sub(before)) as f64 / count as f64
    );
    // Messages while they are all open: what an instance pays per event with many sockets.
    if let Some((listen, samples)) = busy {
        print!("with {count} sockets open: ");
        latency(url, listen, tokens, samples).await?;
    }
    drop(sockets);
    Ok(())
}

async fn latency(send: &str, listen: &str, tokens: &[String], samples: usize) -> anyhow::Result<()> {
    let (a, b) = (&tokens[0], &tokens[1]);
    let list = http(send, "GET", "/messages", a, "").await?;
    let at = list.find("href=\"/messages/").ok_or_else(|| anyhow::anyhow!("no conversation with the partner"))?;
    let thread: String = list[at + 6..].chars().take_while(|c| *c != '"').collect();
    let mut ws = open(listen, b).await?;
    let mut times = Vec::with_capacity(samples);
    for i in 0..samples {
        let t = Instant::now();
        let answer = http(send, "POST", &thread, a, &format!("text=bench+{i}")).await?;
        anyhow::ensure!(answer.starts_with("HTTP/1.1 303"), "sending failed: {answer}");
        loop {
            let Some(frame) = tokio::time::timeout(Duration::from_secs(5), ws.next()).await? else {
                anyhow::bail!("socket closed")
            };
            if let Message::Text(text) = frame? {
                let v: serde_json::Value = serde_json::from_str(text.as_str())?;
                if v["type"] == "message" {
                    break;
                }
            }
        }
        times.push(t.elapsed());
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{samples} messages, sent through {send}, received on a socket at {listen} (request to arrival): p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        ms(times[samples / 2]),
        ms(times[samples * 99 / 100]),
        ms(times[samples - 1])
    );
    Ok(())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let tokens = |path: &str| -> anyhow::Result<Vec<String>> {
        Ok(std::fs::read_to_string(path)?.lines().map(str::to_string).collect())
    };
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["idle", url, file, count, pid] => idle(url, &tokens(file)?, count.parse()?, pid, None).await,
        ["idle", url, file, count, pid, listen, samples] => {
            idle(url, &tokens(file)?, count.parse()?, pid, Some((listen, samples.parse()?))).await
        }
        ["latency", send, listen, file, samples] => latency(send, listen, &tokens(file)?, samples.parse()?).await,
        _ => {
            anyhow::bail!(
                "usage: bench_sockets idle URL TOKENS COUNT PID [LISTEN_URL SAMPLES] | latency SEND_URL LISTEN_URL TOKENS SAMPLES"
            )
        }
    }
}
