#!/usr/bin/python3
"""Checks that Paydesk's translation catalogues are complete and safe to ship.

    check_translations.py CATALOGUE.ts... [--lupdate PATH --sources DIR... --include DIR]

For every catalogue, every current message must have a translation (all plural forms of one
with a count), and each translation must keep what the program fills in or reads back: the
same %1..%99, %L1 and %n placeholders, the same HTML tags, and one '&' mnemonic where the
source has one.

With --lupdate, the sources are also scanned again into a scratch copy of each catalogue, so a
string added to the code without a translation fails here rather than reaching a user in
English.
"""

import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?\d{1,2}|n)")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b")
# A mnemonic: '&' before a letter or digit, not '&&' and not an entity such as '&amp;'.
MNEMONIC = re.compile(r"(?<!&)&(?!&)(?![A-Za-z]+;|#\d+;)(?=\w)")
CURRENT = (None, "unfinished")


def text(element):
    return element.text or "" if element is not None else ""


def problems_of(source, translation):
    found = []
    wanted = collections.Counter(PLACEHOLDER.findall(source))
    got = collections.Counter(PLACEHOLDER.findall(translation))
    if wanted != got:
        found.append(
            "placeholders %s in the source but %s in the translation"
            % (sorted(wanted.elements()), sorted(got.elements()))
        )
    wanted_tags = collections.Counter(t.lower() for t in TAG.findall(source))
    got_tags = collections.Counter(t.lower() for t in TAG.findall(translation))
    if wanted_tags != got_tags:
        found.append("HTML tags differ from the source's")
    if len(MNEMONIC.findall(source)) == 1 and len(MNEMONIC.findall(translation)) != 1:
        found.append("the source has one '&' mnemonic, the translation does not")
    return found


def check_catalogue(path, label=None):
    """Returns a list of problems, each naming the context and the source text."""
    label = label or path
    root = ET.parse(path).getroot()
    problems = []
    messages = 0
    for context in root.iter("context"):
        name = text(context.find("name"))
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind not in CURRENT:
                continue  # vanished or obsolete: no longer in the code
            messages += 1
            source = text(message.find("source"))
            where = "%s: [%s] %r" % (label, name, source[:70])
            if message.get("numerus") == "yes":
                forms = [text(f) for f in translation.iter("numerusform")]
            else:
                forms = [text(translation)]
            if kind == "unfinished" or not forms or not all(f.strip() for f in forms):
                problems.append("%s: not translated" % where)
                continue
            for form in forms:
                for problem in problems_of(source, form):
                    problems.append("%s: %s" % (where, problem))
    if messages == 0:
        problems.append("%s: no messages at all" % label)
    return problems, messages


def rescan(catalogue, lupdate, sources, includes):
    """Runs lupdate over the sources into a scratch copy of catalogue; returns the copy's path."""
    scratch = tempfile.mkdtemp(prefix="paydesk-ts-")
    copy = os.path.join(scratch, os.path.basename(catalogue))
    shutil.copyfile(catalogue, copy)
    command = [lupdate, "-silent", "-extensions", "cpp,h,ui"]
    for include in includes:
        command += ["-I", include]
    command += sources + ["-ts", copy]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("lupdate failed (%d): %s" % (result.returncode, result.stderr))
    return scratch, copy


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("catalogues", nargs="+")
    parser.add_argument("--lupdate")
    parser.add_argument("--sources", nargs="*", default=[])
    parser.add_argument("--include", action="append", default=[])
    args = parser.parse_args()

    problems = []
    for catalogue in args.catalogues:
        found, messages = check_catalogue(catalogue)
        problems += found
        print("%s: %d messages checked" % (os.path.basename(catalogue), messages))
        if args.lupdate:
            scratch, copy = rescan(catalogue, args.lupdate, args.sources, args.include)
            try:
                found, messages = check_catalogue(copy, catalogue + " (sources scanned again)")
                problems += found
                print("%s, scanned again: %d messages" % (os.path.basename(catalogue), messages))
            finally:
                shutil.rmtree(scratch)

    for problem in problems:
        print(problem)
    if problems:
        print("%d problems; run the update_translations target and translate what it adds"
              % len(problems))
        return 1
    print("every message translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
