#!/usr/bin/env python3
"""Summarizes a PROTOJS_PROF sample file: self and inclusive shares per JS function.

usage: PROTOJS_PROF=/tmp/prof.txt build/protojs app.js; scripts/prof-report.py /tmp/prof.txt [N]
A sample is taken every 10 000 interpreter polls (calls and backward jumps), so the
shares measure interpreted work, not wall time.
"""
import collections
import re
import sys


def frames_of(lines, i):
    frames = []
    while i < len(lines) and lines[i].startswith('    at'):
        m = re.match(r'\s*at (\S+) \((.*?)(?::\d+:\d+)?\)', lines[i])
        frames.append(f'{m.group(1)} {m.group(2)}' if m else lines[i].strip())
        i += 1
    if frames and frames[0].startswith('Error '):
        frames = frames[1:]  # the constructor the sampler calls
    return frames, i


def main():
    text = open(sys.argv[1]).read()
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    lines = text.split('== stacks\n', 1)[1].split('\n')
    self_count, inclusive, total = collections.Counter(), collections.Counter(), 0
    i = 0
    while i < len(lines):
        if not lines[i].strip().isdigit():
            i += 1
            continue
        n = int(lines[i])
        frames, i = frames_of(lines, i + 1)
        total += n
        if frames:
            self_count[frames[0]] += n
        for f in set(frames):
            inclusive[f] += n
    print(f'{total} samples')
    for title, counter in (('self', self_count), ('inclusive', inclusive)):
        print(f'== {title}')
        for name, n in counter.most_common(top):
            print(f'{100 * n / total:5.1f}% {name}')


if __name__ == '__main__':
    main()
