-- wrk script for commitment confirmations: each request confirms a different occurrence, as
-- the partner who may confirm it. load.sh first removes the signed-in spaces' confirmations
-- and passes the first occurrence (FIRST, Unix ms); bench_fill's commitments bk<2s>, bk<2s+1>
-- belong to space bs<s>, made by bu<2s> and confirmed by bu<2s+1> (tokens line 2s+2), daily.
local tokens = {}
for line in io.lines(os.getenv("TOKENS")) do tokens[#tokens + 1] = line end
local first = tonumber(os.getenv("FIRST"))
local spaces = math.floor(#tokens / 2)
local csrf = "AAAAAAAAAAAAAAAAAAAAAA"
local n = -1

request = function()
  n = n + 1
  local s = n % spaces
  local c = 2 * s + math.floor(n / spaces) % 2
  local day = math.floor(n / (2 * spaces)) % 60
  local headers = {
    ["Cookie"] = "dt_session=" .. tokens[2 * s + 2] .. "; dt_csrf=" .. csrf,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }
  local body = string.format("occurrence=%.0f&outcome=kept&note=&csrf=%s", first + day * 86400000, csrf)
  return wrk.format("POST", "/program/actions/commitments/bk" .. c .. "/confirm", headers, body)
end
