#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora (tests/fuzz/corpus/<target>/) from the Dots contract's
schemas and examples and from the JSON the test suites already hold (SynaptoPay publishes no
contract: its seeds come from its codec's suite). Run again after either changes; each file is
named by its content's SHA-1, as libFuzzer names what it finds.

    tests/fuzz/make_corpus.py --spec ../shared/specs/dots-v2.yaml [--state-file saved.json]
"""
import argparse
import copy
import hashlib
import json
import pathlib
import re
import struct

import yaml

HERE = pathlib.Path(__file__).resolve().parent
TESTS = HERE.parent

# Each target's input layout is described in its source file.
MONEY_LOCALES = [
    "C", "en_US", "de_DE", "fr_FR", "de_CH", "hi_IN", "en_IN", "ar_EG",
    "ar_SA", "fa_IR", "bn_BD", "mr_IN", "ne_NP", "my_MM", "sv_SE", "nb_NO",
    "es_ES", "pt_BR", "it_CH", "fr_CH", "de_AT", "en_ZA", "pl_PL", "ru_RU",
    "uk_UA", "he_IL", "ja_JP", "th_TH", "ur_PK", "ps_AF", "ccp_BD", "de_LI",
]
VALIDATION_KINDS = {"intent": 0, "confirm": 1, "customer": 2, "session": 3, "refund": 4}


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def write(corpus, target, data, limit):
    folder = corpus / target
    folder.mkdir(parents=True, exist_ok=True)
    if len(list(folder.iterdir())) >= limit:
        return
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def resolve(spec, schema):
    while isinstance(schema, dict) and "$ref" in schema:
        node = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def instance(spec, schema, depth=0):
    """A value that fits the schema: its example, first enum value or a typical value."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict) or depth > 4:
        return None
    if "example" in schema:
        return schema["example"]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("allOf", "oneOf", "anyOf"):
        if schema.get(key):
            return instance(spec, schema[key][0], depth + 1)
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "object":
        return {name: instance(spec, sub, depth + 1)
                for name, sub in (schema.get("properties") or {}).items()}
    if kind == "array":
        return [instance(spec, schema.get("items", {}), depth + 1)]
    if kind == "integer":
        return max(1, int(schema.get("minimum", 1500)))
    if kind == "number":
        return 0.5
    if kind == "boolean":
        return False
    fmt = schema.get("format")
    return {
        "uuid": "a169451c-8525-4352-b8ca-070dd449a1a5",
        "email": "ada@example.com",
        "uri": "https://shop.example.com/thanks",
        "date-time": "2023-11-07T05:31:56Z",
    }.get(fmt, "text")


def request_examples(spec, path):
    body = spec["paths"].get(path, {}).get("post", {}).get("requestBody", {})
    content = resolve(spec, body).get("content", {}).get("application/json", {})
    found = [e["value"] for e in (content.get("examples") or {}).values() if "value" in e]
    if content.get("schema"):
        found.append(instance(spec, content["schema"]))
    return [f for f in found if isinstance(f, dict)]


def raw_strings(path):
    """The R"(...)" literals of a test source that are JSON."""
    text = path.read_text()
    found = []
    for match in re.finditer(r'R"\((.*?)\)"', text, re.S):
        try:
            found.append(json.loads(match.group(1)))
        except ValueError:
            pass
    return found


def dots_codec(spec, corpus):
    schemas = spec["components"]["schemas"]
    resources = [instance(spec, schemas[name]) for name in
                 ("payment-intent", "payment-customer", "checkout-session", "payment-method",
                  "refund")]
    seeds = list(resources)
    seeds += [{"data": [r], "has_more": True} for r in resources]
    seeds.append([resources[0], resources[0]])
    for path in ("/v2/payment-intents", "/v2/payment-customers", "/v2/checkout-sessions",
                 "/v2/refunds", "/v2/payment-methods"):
        seeds += request_examples(spec, path)
    seeds += raw_strings(TESTS / "models" / "tst_codec.cpp")
    for seed in seeds:
        write(corpus, "fuzz_dots_codec", compact(seed), 48)


def synaptopay_codec(corpus):
    """SynaptoPay has no contract file: its seeds are the test suite's examples, alone and as the
    lists that carry them."""
    examples = [seed for seed in raw_strings(TESTS / "models" / "tst_synaptopay_codec.cpp")
                if isinstance(seed, dict)]
    lists = {"name": "devices", "full_name": "customers", "charge": "refunds",
             "url": "checkout_sessions", "card": "payment_methods", "state": "payment_intents"}
    seeds = list(examples)
    for example in examples:
        key = next((lists[field] for field in lists if field in example), "payment_intents")
        seeds.append({key: [example], "next_page_token": "CgJkMQ=="})
    seeds += [{}, [], {"devices": []}, {"payment_intents": None, "next_page_token": 7}]
    for seed in seeds:
        write(corpus, "fuzz_synaptopay_codec", compact(seed), 64)


def validation(spec, corpus):
    bodies = {
        "intent": request_examples(spec, "/v2/payment-intents"),
        "customer": request_examples(spec, "/v2/payment-customers"),
        "session": request_examples(spec, "/v2/checkout-sessions"),
        "refund": request_examples(spec, "/v2/refunds"),
        "confirm": request_examples(spec, "/v2/payment-intents/{payment_intent_id}/confirm"),
    }
    # Bodies the sandbox accepts, as its suites send them.
    uuid = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    bodies["intent"] += [
        {"amount": 1500, "currency": "usd"},
        {"amount": 1500, "currency": "usd", "confirm": True, "payment_method_id": uuid,
         "customer_id": uuid, "application_fee_amount": 100, "description": "Loaf",
         "transfer_data": {"destination_user_id": uuid}, "metadata": {"order": "1"},
         "payment_method_types": ["card"], "setup_future_usage": "on_session"},
    ]
    bodies["customer"] += [
        {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com"},
        {"business_name": "Bakery", "address": {"country": "US", "city": "Springfield",
                                                "state": "IL", "postcode": "62701",
                                                "line_1": "1 Main St"}},
    ]
    item = {"price_data": {"currency": "usd", "amount": 450,
                           "product_data": {"name": "Sourdough loaf",
                                            "images": ["https://shop.example.com/loaf.png"]}},
            "quantity": 2}
    bodies["session"] += [
        {"mode": "payment", "success_url": "https://shop.example.com/thanks",
         "line_items": [item], "expires_in": 600, "customer_email": "ada@example.com"},
    ]
    bodies["refund"] += [{"amount": 100, "payment_intent_id": uuid, "reason": "requested"}]
    bodies["confirm"] += [{"payment_method_id": uuid}]
    for kind, found in bodies.items():
        for body in found:
            write(corpus, "fuzz_sandbox_validation",
                  bytes([VALIDATION_KINDS[kind]]) + compact(body), 48)
    for query in (b"limit=10", b"limit=100&starting_after=" + uuid.encode(),
                  b"ending_before=" + uuid.encode(), b"limit=0"):
        write(corpus, "fuzz_sandbox_validation", b"\x00" + query, 48)


def money(corpus):
    source = (TESTS / "models" / "tst_money.cpp").read_text()
    # Rows such as: << "1.234,50" << "EUR" << "de_DE" << positive << qint64(123450)
    rows = re.findall(r'<<\s*"((?:[^"\\]|\\.)*)"\s*<<\s*"([A-Za-z ]*)"\s*<<\s*"(\w+)"', source)
    # The target picks its currency by index into Currency::knownCodes(): the ISO table's order.
    table = re.findall(r'\{"([A-Z]{3})", \d\}', (TESTS.parent / "models" / "money.cpp").read_text())
    seeds = set()
    for text, currency, locale in rows:
        if locale not in MONEY_LOCALES:
            continue
        text = bytes(text, "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
        seeds.add((MONEY_LOCALES.index(locale), currency.strip().upper(), text))
    for index, locale in enumerate(MONEY_LOCALES[:12]):
        seeds.add((index, "USD", "1234.50"))
        seeds.add((index, "USD", "-1,234,567.89"))
    for locale, currency, text in sorted(seeds):
        if currency in table:
            code = table.index(currency)
            write(corpus, "fuzz_money", bytes([locale, code, 2]) + text.encode(), 40)
    # Raw amounts: the eight bytes after the header are read as a qint64.
    usd = table.index("USD")
    for minor in (1, -1, 123456, 2**63 - 1, -2**63):
        write(corpus, "fuzz_money", bytes([1, usd, 2]) + struct.pack("<q", minor), 48)


def csv(corpus):
    rows = [
        ["id", "amount", "currency", "description"],
        ["pi_1", "12.50", "USD", "Sourdough, rye & spelt"],
        ["pi_2", "-3", "EUR", "=HYPERLINK(\"http://example.com\")"],
        ["pi_3", "+1", "GBP", "@SUM(A1:A2)"],
        ["pi_4", "0", "JPY", "two\r\nlines \"quoted\""],
        ["", "", "", "\tindented"],
    ]
    for count in range(1, len(rows) + 1):
        table = "\x1e".join("\x1f".join(row) for row in rows[:count])
        write(corpus, "fuzz_csv", table.encode(), 40)
    for text in ("-", "=", "-1e5", "\r", "\"\"", "a,b", "\u00e9\u20ac\U0001F600"):
        write(corpus, "fuzz_csv", text.encode(), 40)


def state_file(corpus, saved):
    if saved is None:
        return
    state = json.loads(pathlib.Path(saved).read_text())
    # Keep a few records of each kind, and add a refund of the first succeeded intent.
    for key in ("payment_customers", "payment_methods", "payment_intents", "checkout_sessions"):
        state[key] = state[key][:3]
    intents = [i for i in state["payment_intents"] if i["status"] == "succeeded"]
    if intents:
        intent = intents[0]
        intent["amount_refunded"] = 100
        state["refunds"] = [{"id": "7c4f3e2a-9b1d-4c5e-8f6a-2b3c4d5e6f70",
                             "created_ms": intent["created_ms"] + 1000,
                             "payment_intent_id": intent["id"], "amount": 100,
                             "reason": "requested_by_customer", "metadata": {}}]
    write(corpus, "fuzz_state_file", compact(state), 40)
    empty = {k: ([] if isinstance(v, list) else v) for k, v in state.items()}
    write(corpus, "fuzz_state_file", compact(empty), 40)
    for key in ("payment_customers", "payment_methods", "payment_intents", "checkout_sessions",
                "refunds"):
        one = copy.deepcopy(empty)
        one[key] = state[key][:1]
        write(corpus, "fuzz_state_file", compact(one), 40)
    # Journal lines after a NUL byte, as a restart replays them on the snapshot.
    if intents:
        later = copy.deepcopy(intents[0])
        later["amount_refunded"] = 200
        later["updated_ms"] = later["updated_ms"] + 5000
        refund = dict(state["refunds"][0], id="9d8e7f60-5a4b-4c3d-8e2f-1a0b9c8d7e6f", amount=100)
        lines = [{"payment_intents": [later], "refunds": [refund]}, {"clock_offset_ms": 120000},
                 {"checkout_sessions": state["checkout_sessions"][:1]}]
        journal = b"\n".join(compact(line) for line in lines)
        write(corpus, "fuzz_state_file", compact(state) + b"\0" + journal, 40)
        write(corpus, "fuzz_state_file", compact(empty) + b"\0" + compact(lines[1]), 40)
    broken = copy.deepcopy(state)
    broken["version"] = 2
    write(corpus, "fuzz_state_file", compact(broken), 40)


def http_head(corpus):
    """Request heads as paydesk and curl send them, without the empty line that ends a head."""
    auth = b"Authorization: Basic ZGVtbzpzZWNyZXQ="
    heads = [
        b"GET /v2/payment-intents?limit=10 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n" + auth,
        b"POST /v2/payment-intents HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth +
        b"\r\nContent-Type: application/json\r\nContent-Length: 42",
        b"POST /v2/refunds HTTP/1.1\r\nHost: localhost\r\nContent-Length: 17\r\n"
        b"Expect: 100-continue\r\nContent-Type: application/json",
        b"GET /checkout/3fa85f64-5717-4562-b3fc-2c963f66afa6 HTTP/1.0",
        b"POST /api/v2/checkout-sessions HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked",
        b"GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2",
        b"GET /v2/payment-customers HTTP/1.1\r\nHost: a\r\nUser-Agent: curl/7.88.1\r\n"
        b"Accept: */*",
    ]
    for head in heads:
        for limits in (b"\x00", b"\x01"):
            write(corpus, "fuzz_http_head", limits + head, 40)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", required=True, help="dots-v2.yaml")
    parser.add_argument("--state-file", help="a state file paydesk-sandbox saved")
    parser.add_argument("--out", default=str(HERE / "corpus"))
    args = parser.parse_args()
    spec = yaml.safe_load(pathlib.Path(args.spec).read_text())
    corpus = pathlib.Path(args.out)
    dots_codec(spec, corpus)
    synaptopay_codec(corpus)
    validation(spec, corpus)
    money(corpus)
    csv(corpus)
    state_file(corpus, args.state_file)
    http_head(corpus)


if __name__ == "__main__":
    main()
