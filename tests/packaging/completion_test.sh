#!/usr/bin/env bash
# Drives the paydesk-cli bash completion the way bash does (COMP_WORDS, COMP_CWORD, COMPREPLY)
# against a built paydesk-cli with a profile store of its own.
#
#   completion_test.sh COMPLETION_SCRIPT PAYDESK_CLI
set -euo pipefail

completion=$1
cli=$(realpath "$2")

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch XDG_CONFIG_HOME=$scratch/config
"$cli" profiles add shop --environment sandbox --client-id client-1 2>/dev/null
"$cli" profiles add 'my store' --environment http://127.0.0.1:8080/api --client-id client-2 \
    2>/dev/null
# A name the CSV output has to quote.
"$cli" profiles add 'Till 2, "back"' --environment sandbox --client-id client-3 2>/dev/null

# shellcheck source=/dev/null
source "$completion"

failures=0

# expect WANT WORD...: completing the last WORD of "paydesk-cli WORD..." offers WANT, sorted and
# joined by spaces.
expect()
{
    local want=$1
    shift
    COMP_WORDS=("$cli" "$@")
    COMP_CWORD=$#
    COMPREPLY=()
    _paydesk_cli
    local got
    got=$(printf '%s\n' "${COMPREPLY[@]}" | LC_ALL=C sort | paste -sd ' ')
    if [[ $got == "$want" ]]; then
        echo "ok: paydesk-cli $* -> $got"
    else
        echo "FAIL: paydesk-cli $*: offered '$got', expected '$want'"
        failures=$((failures + 1))
    fi
}

expect 'checkout customers devices intents login payment-methods profiles refunds' ''
expect 'checkout customers' c
expect '--account --base-url --deadline --help --output --profile --provider --timeout --version' --
expect 'check confirm create get list' intents ''
expect 'check confirm create get list' --profile shop --output csv intents ''
expect 'check create get list' refunds ''
expect '--account --amount --application-fee' intents create --a
expect '--item' checkout create --it
expect '--customer' payment-methods list --cus
expect 'csv json table' --output ''
expect 'json' --output j
expect 'json' --output = j
expect 'Till\ 2\,\ \"back\" my\ store shop' --profile ''
expect 'Till\ 2\,\ \"back\"' --profile T
expect 'shop' profiles remove s
expect 'my\ store' profiles remove 'my\ s'
expect 'production sandbox' profiles add till --environment ''
expect 'requested_by_customer' refunds create --intent pi_1 --reason req
expect '' customers create --email ''
expect 'list' devices ''
expect 'dots synaptopay' --provider ''
expect 'synaptopay' profiles add till --provider s
expect '--account' profiles add till --provider synaptopay --acc
expect 'off-session' intents create --save-for-later ''
expect '--device' intents create --amount 5 --currency gbp --dev
expect '--wait --wait-timeout' intents create --device dvc_1 --confirm --wai
expect '--transfer --transfer-to' intents create --transfer accounts/acct_2=1 --transfer
expect '' intents create --device ''
expect 'check confirm create get list' --provider synaptopay --account acct_1 intents ''

if ((failures > 0)); then
    echo "$failures completion(s) wrong"
    exit 1
fi
