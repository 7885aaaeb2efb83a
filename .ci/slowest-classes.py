#!/usr/bin/env python3
"""Lists the slowest test classes in TRX files: summed test time, first start, last end, test count."""
import sys, glob, re
import xml.etree.ElementTree as ET
from datetime import datetime
from collections import defaultdict

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}

def parse_time(text):
    # 2026-12-01T09:05:09.1234567+00:00 -> trim to microseconds
    m = re.match(r"(.*T\d\d:\d\d:\d\d)(\.\d+)?(.*)", text)
    frac = (m.group(2) or ".0")[:7]
    return datetime.fromisoformat(m.group(1) + frac + m.group(3))

def duration(text):
    h, m, s = text.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)

def main(paths, top):
    for path in paths:
        root = ET.parse(path).getroot()
        classes = {d.get("id"): d.find("t:TestMethod", NS).get("className") for d in root.iterfind("t:TestDefinitions/t:UnitTest", NS)}
        stats = defaultdict(lambda: [0.0, None, None, 0])
        first = last = None
        for r in root.iterfind("t:Results/t:UnitTestResult", NS):
            s = stats[classes[r.get("testId")]]
            s[0] += duration(r.get("duration", "0:0:0"))
            start, end = parse_time(r.get("startTime")), parse_time(r.get("endTime"))
            s[1] = start if s[1] is None or start < s[1] else s[1]
            s[2] = end if s[2] is None or end > s[2] else s[2]
            s[3] += 1
            first = start if first is None or start < first else first
            last = end if last is None or end > last else last
        times = root.find("t:Times", NS)
        print(f"== {path}: {sum(v[3] for v in stats.values())} tests, run {times.get('start')} .. {times.get('finish')}, first test {first:%H:%M:%S} last end {last:%H:%M:%S}")
        for name, (total, start, end, n) in sorted(stats.items(), key=lambda kv: -kv[1][0])[:top]:
            print(f"{total:8.1f}s {n:5d} tests  {start:%H:%M:%S}-{end:%H:%M:%S} ({(end-start).total_seconds():6.1f}s span)  {name}")

if __name__ == "__main__":
    args = sys.argv[1:]
    top = 25
    if args and args[0].startswith("--top="):
        top = int(args.pop(0)[6:])
    main(args or glob.glob("TestResults/*.trx"), top)
