-- wrk script for bookings: each request books the next free slot from SLOTS (harvested from
-- counsellors' profile pages by load.sh) as a random signed-in member, with its own
-- idempotency key, so every request is a new booking until the list runs out (then the
-- slots are taken and the answer is 409).
local tokens = {}
for line in io.lines(os.getenv("TOKENS")) do tokens[#tokens + 1] = line end
local slots = {}
for line in io.lines(os.getenv("SLOTS")) do slots[#slots + 1] = line end
local csrf = "AAAAAAAAAAAAAAAAAAAAAA"
-- Seeded, so a second run does not repeat the first run's (member, key) pairs, which would
-- only return the bookings already made.
math.randomseed(os.time())
local n = 0

request = function()
  n = n + 1
  local counsellor, start = slots[(n - 1) % #slots + 1]:match("(%S+) (%S+)")
  local headers = {
    ["Cookie"] = "dt_session=" .. tokens[math.random(#tokens)] .. "; dt_csrf=" .. csrf,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }
  local body = "start=" .. start .. "&kind=individual&reschedule=&key=bench" .. n .. "-" .. math.random(1e9) .. "&csrf=" .. csrf
  return wrk.format("POST", "/counsellors/" .. counsellor .. "/book", headers, body)
end
