-- wrk script of the Trust Intranet benchmark (org.trustintranet.bench.Benchmark writes its inputs).
--
-- wrk -s scenario.lua URL -- REQUESTS_FILE EXPECTED_STATUS MARKER MODE THREADS
--
-- REQUESTS_FILE: one request a line, tab-separated: method, path, Cookie header ("-" for none),
--   form body ("-" for none). Each line is one signed-in user's session, so the load comes from many
--   users, each with their own session. Thread i of THREADS takes lines i, i+THREADS, ...
--   With fewer lines than threads (one page without a session), every thread replays them all.
-- EXPECTED_STATUS: the status every answer must have (200 for a page, 302 for a sign-in).
-- MARKER: a 200 body must contain it (the page's own element, not the sign-in or error page);
--   a redirect's Location header must contain it. "@header:NAME=VALUE" instead checks that a 200
--   answer has that header with exactly that value (a file download: its Content-Length).
-- MODE: "cycle" replays the lines round and round; "once" sends each line at most once (a sign-in
--   form can be posted only once) and counts a request beyond the last line as "exhausted".
--
-- Every answer is checked; done() prints one line "BENCH-RESULT {json}" for the caller to parse.

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

local requests = {}
local next_index = 1
local expected, marker, once
unexpected = 0
exhausted = 0
sample = ""

local function split(line)
  local fields = {}
  for field in (line .. "\t"):gmatch("([^\t]*)\t") do
    table.insert(fields, field)
  end
  return fields
end

local function parse(line)
  local f = split(line)
  local headers = {}
  if f[3] ~= "-" then
    headers["Cookie"] = f[3]
  end
  local body = nil
  if f[4] ~= "-" then
    body = f[4]
    headers["Content-Type"] = "application/x-www-form-urlencoded"
  end
  return wrk.format(f[1], f[2], headers, body)
end

function init(args)
  expected = tonumber(args[2])
  marker = args[3]
  once = args[4] == "once"
  local thread_count = tonumber(args[5])
  local lines = {}
  local file = assert(io.open(args[1], "r"))
  for line in file:lines() do
    if line ~= "" then
      table.insert(lines, line)
    end
  end
  file:close()
  assert(#lines > 0, "no request lines in " .. args[1])
  for i, line in ipairs(lines) do
    -- Each thread its own share; fewer lines than threads (one floor page): every thread all.
    if #lines < thread_count or (i - 1) % thread_count == id then
      table.insert(requests, parse(line))
    end
  end
end

function request()
  local r = requests[next_index]
  next_index = next_index + 1
  if next_index > #requests then
    if once then
      exhausted = exhausted + 1
      next_index = #requests
    else
      next_index = 1
    end
  end
  return r
end

local function note(text)
  if sample == "" then
    sample = text:gsub('[^%w%p ]', ' '):gsub('["\\]', "'"):sub(1, 200)
  end
end

local function header(headers, name)
  local wanted = name:lower()
  for key, value in pairs(headers) do
    if key:lower() == wanted then
      return value
    end
  end
  return nil
end

function response(status, headers, body)
  local header_name, header_value = marker:match("^@header:([^=]+)=(.*)$")
  if status ~= expected then
    unexpected = unexpected + 1
    note("status " .. status .. " " .. tostring(headers["Location"] or ""))
  elseif status == 200 and header_name then
    if header(headers, header_name) ~= header_value then
      unexpected = unexpected + 1
      note("200 with " .. header_name .. " " .. tostring(header(headers, header_name)))
    end
  elseif status == 200 then
    if not body:find(marker, 1, true) then
      unexpected = unexpected + 1
      note("200 without " .. marker)
    end
  elseif not tostring(headers["Location"] or headers["location"] or ""):find(marker, 1, true) then
    unexpected = unexpected + 1
    note("status " .. status .. " to " .. tostring(headers["Location"] or ""))
  end
end

function done(summary, latency, requests_done)
  local bad, used_up, first = 0, 0, ""
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("unexpected")
    used_up = used_up + thread:get("exhausted")
    if first == "" then
      first = thread:get("sample")
    end
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH-RESULT {"requests":%d,"durationMicros":%d,"bytes":%d,' ..
    '"meanMicros":%.1f,"p50Micros":%d,"p90Micros":%d,"p95Micros":%d,"p99Micros":%d,"maxMicros":%d,' ..
    '"connectErrors":%d,"readErrors":%d,"writeErrors":%d,"timeouts":%d,' ..
    '"unexpected":%d,"exhausted":%d,"sample":"%s"}\n',
    summary.requests, summary.duration, summary.bytes,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(95),
    latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.timeout, bad, used_up, first))
end
