-- wrk script: every request as a random one of the signed-in bench members (tokens written by
-- examples/bench_fill.rs), with a matching CSRF cookie and field for POSTs.
local tokens = {}
for line in io.lines(os.getenv("TOKENS")) do tokens[#tokens + 1] = line end
local method = os.getenv("METHOD") or "GET"
local body = os.getenv("BODY") or ""
local csrf = "AAAAAAAAAAAAAAAAAAAAAA"

request = function()
  local headers = {
    ["Cookie"] = "dt_session=" .. tokens[math.random(#tokens)] .. "; dt_csrf=" .. csrf,
    ["Accept-Encoding"] = "gzip",
  }
  if method == "POST" then
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    return wrk.format("POST", nil, headers, body .. "&csrf=" .. csrf)
  end
  return wrk.format("GET", nil, headers)
end
