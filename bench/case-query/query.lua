-- wrk script: POST /api/cases/query with the bench's credentials, round robin, each thread from
-- its own offset. Usage: wrk ... -s query.lua <url> -- <codes file>
local threads = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  requests = {}
  for line in io.lines(args[1]) do
    local code, last4 = line:match("([^,]+),([^,]+)")
    requests[#requests + 1] = wrk.format("POST", "/api/cases/query",
      { ["Content-Type"] = "application/json" },
      '{"queryCode":"' .. code .. '","idLast4":"' .. last4 .. '"}')
  end
  i = id * 101
end

function request()
  i = i + 1
  return requests[(i % #requests) + 1]
end
