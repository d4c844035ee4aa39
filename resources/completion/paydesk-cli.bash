# bash completion for paydesk-cli                                    -*- shell-script -*-
# Installed as share/bash-completion/completions/paydesk-cli, where bash-completion loads it on
# first use. Completes the commands, their subcommands and options, the fixed option values, and
# the names of the saved profiles, read from paydesk-cli itself at completion time.

# The first field of each CSV record on standard input, with the CSV quoting undone.
_paydesk_cli_first_csv_field()
{
    awk '
        NR == 1 { next }  # the header
        {
            line = $0
            if (substr(line, 1, 1) != "\"") {
                sub(/,.*/, "", line)
                print line
                next
            }
            field = ""
            i = 2
            while (i <= length(line)) {
                c = substr(line, i, 1)
                if (c == "\"") {
                    if (substr(line, i + 1, 1) == "\"") { field = field "\""; i += 2; continue }
                    break
                }
                field = field c
                i++
            }
            print field
        }'
}

_paydesk_cli_profiles()
{
    local cli=${COMP_WORDS[0]}
    # A path typed as the command, or paydesk-cli on PATH.
    if [[ $cli != */* ]]; then
        cli=paydesk-cli
    fi
    "$cli" profiles list --output csv 2>/dev/null | _paydesk_cli_first_csv_field
}

# Offers the words of $1 (split at white space) that start with what is typed.
_paydesk_cli_offer()
{
    local word
    while IFS= read -r word; do
        [[ -n $word ]] && COMPREPLY+=("$word")
    done < <(compgen -W "$1" -- "$cur")
    return 0
}

# Offers the lines of $1 (profile names, which may hold spaces) that start with what is typed,
# quoted for the shell.
_paydesk_cli_offer_lines()
{
    local typed=$cur line
    # Undo the simple quoting of what is typed: a leading quote and backslash escapes.
    typed=${typed#[\"\']}
    typed=${typed//\\/}
    while IFS= read -r line; do
        [[ -n $line && $line == "$typed"* ]] && COMPREPLY+=("$(printf '%q' "$line")")
    done <<<"$1"
    return 0
}

_paydesk_cli()
{
    local cur prev
    COMPREPLY=()
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD - 1]}
    # "--output=js": bash splits the word at "=".
    if [[ $cur == = ]]; then
        prev=${COMP_WORDS[COMP_CWORD - 1]}
        cur=''
    elif [[ $prev == = ]] && ((COMP_CWORD >= 2)); then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    fi

    local global_options='--profile --base-url --provider --account --output --timeout --deadline
        --help --version'
    # Options that take a value: the word after one of them is that value, not a command.
    local value_options=' --profile --base-url --provider --account --output --timeout --deadline
        --limit --first-name
        --last-name --business-name --email --phone --country-code --address-line1
        --address-line2 --address-city --address-state --address-postcode --address-country
        --metadata --amount --currency --customer --description --payment-method
        --application-fee --transfer-to --item --success-url --cancel-url --customer-email
        --expires-in --client-reference-id --intent --reason --environment --client-id --app-id
        --device --transfer --save-for-later --wait-timeout '

    # The command and subcommand typed so far.
    local command='' sub='' i word
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ $word == = ]]; then
            ((i++)) # the value of "--option=value"
            continue
        elif [[ $word == -* ]]; then
            [[ ${COMP_WORDS[i + 1]} == = ]] && continue
            [[ $value_options == *" ${word} "* ]] && ((i++))
            continue
        elif [[ -z $command ]]; then
            command=$word
        elif [[ -z $sub ]]; then
            sub=$word
        fi
    done

    # The value of an option.
    case $prev in
        --output)
            _paydesk_cli_offer 'table json csv'
            return
            ;;
        --profile)
            _paydesk_cli_offer_lines "$(_paydesk_cli_profiles)"
            return
            ;;
        --provider)
            _paydesk_cli_offer 'dots synaptopay'
            return
            ;;
        --save-for-later)
            _paydesk_cli_offer 'off-session'
            return
            ;;
        --environment)
            # Or a base URL, typed in full.
            _paydesk_cli_offer 'production sandbox'
            return
            ;;
        --reason)
            _paydesk_cli_offer 'duplicate fraudulent requested_by_customer
                expired_uncaptured_charge partial_capture'
            return
            ;;
        --currency)
            _paydesk_cli_offer 'usd eur gbp cad aud jpy chf'
            return
            ;;
        --base-url | --success-url | --cancel-url | --timeout | --deadline | --limit | --first-name | --last-name | --business-name | --email | --phone | \
            --country-code | --address-* | --metadata | --amount | --customer | --description | \
            --payment-method | --application-fee | --transfer-to | --item | --customer-email | \
            --expires-in | --client-reference-id | --intent | --client-id | --app-id | \
            --account | --device | --transfer | --wait-timeout)
            # Free text: nothing sensible to offer.
            return
            ;;
    esac

    local list_options='--limit --all'
    local options=''
    case $command in
        '')
            if [[ $cur == -* ]]; then
                _paydesk_cli_offer "$global_options"
            else
                _paydesk_cli_offer 'customers intents checkout refunds payment-methods devices
                    profiles login'
            fi
            return
            ;;
        customers)
            case $sub in
                '') _paydesk_cli_offer 'list get create check'; return ;;
                list) options=$list_options ;;
                create)
                    options='--first-name --last-name --business-name --email --phone
                        --country-code --address-line1 --address-line2 --address-city
                        --address-state --address-postcode --address-country --metadata'
                    ;;
            esac
            ;;
        intents)
            case $sub in
                '') _paydesk_cli_offer 'list get create confirm check'; return ;;
                list) options=$list_options ;;
                create)
                    options='--amount --currency --customer --description --payment-method
                        --confirm --application-fee --transfer-to --metadata --device --transfer
                        --save-for-later --wait --wait-timeout'
                    ;;
                confirm) options='--payment-method' ;;
            esac
            ;;
        checkout)
            case $sub in
                '') _paydesk_cli_offer 'list get create check'; return ;;
                list) options=$list_options ;;
                create)
                    options='--item --success-url --cancel-url --customer-email --customer
                        --expires-in --client-reference-id --currency --metadata'
                    ;;
            esac
            ;;
        refunds)
            case $sub in
                '') _paydesk_cli_offer 'create list get check'; return ;;
                list) options=$list_options ;;
                create) options='--intent --amount --reason' ;;
            esac
            ;;
        payment-methods)
            case $sub in
                '') _paydesk_cli_offer 'list'; return ;;
                list) options="--customer $list_options" ;;
            esac
            ;;
        devices)
            case $sub in
                '') _paydesk_cli_offer 'list'; return ;;
                list) options=$list_options ;;
            esac
            ;;
        profiles)
            case $sub in
                '') _paydesk_cli_offer 'list add remove'; return ;;
                # --provider and --account are global options.
                add) options='--environment --client-id --app-id' ;;
                remove)
                    if [[ $cur != -* ]]; then
                        _paydesk_cli_offer_lines "$(_paydesk_cli_profiles)"
                        return
                    fi
                    ;;
            esac
            ;;
        login) ;;
    esac

    if [[ $cur == -* ]]; then
        _paydesk_cli_offer "$options $global_options"
    fi
    return 0
} &&
    complete -F _paydesk_cli paydesk-cli
