# bash completion for switchyard(1)                    -*- shell-script -*-
# Copyright 2026 The Switchyard developers. SPDX-License-Identifier: GPL-3.0-or-later

_switchyard()
{
    local cur prev words cword
    _init_completion || return

    local commands="ask usage models chats presets keys account help"
    local providers="openrouter openai anthropic gemini deepseek mistral groq xai ollama lmstudio"

    if [[ $cword -eq 1 ]]; then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi

    local command=${words[1]} sub=
    [[ $cword -gt 2 ]] && sub=${words[2]}

    # Values of options.
    case $prev in
        -p | --provider)
            COMPREPLY=($(compgen -W "$providers" -- "$cur"))
            return
            ;;
        -a | --attach)
            _filedir
            return
            ;;
        --reasoning)
            COMPREPLY=($(compgen -W "low medium high" -- "$cur"))
            return
            ;;
        --sort)
            COMPREPLY=($(compgen -W "price throughput latency" -- "$cur"))
            return
            ;;
        --by)
            COMPREPLY=($(compgen -W "model provider day week month conversation" -- "$cur"))
            return
            ;;
        --format)
            case $command in
                usage) COMPREPLY=($(compgen -W "table csv json" -- "$cur")) ;;
                chats) [[ $sub == export ]] && COMPREPLY=($(compgen -W "md json" -- "$cur")) ||
                    COMPREPLY=($(compgen -W "table json" -- "$cur")) ;;
                *) COMPREPLY=($(compgen -W "table json" -- "$cur")) ;;
            esac
            return
            ;;
        --quantizations)
            COMPREPLY=($(compgen -W "int4 int8 fp4 fp6 fp8 fp16 bf16 fp32 unknown" -- "$cur"))
            return
            ;;
        -m | --model | --base-url | -s | --system | --preset | --max-tokens | --temperature | --top-p | \
            --stop | --seed | --timeout | --max-time | --provider-order | --provider-only | \
            --provider-ignore | --max-price | --since | --until | --compare-group | --search)
            return
            ;;
    esac

    local opts=
    case $command in
        ask)
            opts="-p --provider -m --model --base-url -s --system --json --timeout --max-time
                  -a --attach --keep-image-size --preset --max-tokens --temperature --top-p --reasoning --stop --seed
                  --compare --provider-order --provider-only --provider-ignore --sort --no-fallbacks
                  --deny-data-collection --zdr --max-price --quantizations -h --help"
            ;;
        usage)
            opts="--since --until --by --log --compare-group --format -h --help"
            ;;
        models)
            opts="-p --provider --base-url --refresh --format -h --help"
            ;;
        chats)
            if [[ $cword -eq 2 && $cur != -* ]]; then
                COMPREPLY=($(compgen -W "export import" -- "$cur"))
                return
            fi
            if [[ $sub == import && $cur != -* ]]; then
                _filedir json
                return
            fi
            opts="--search --format -h --help"
            ;;
        presets)
            if [[ $cword -eq 2 && $cur != -* ]]; then
                COMPREPLY=($(compgen -W "export import" -- "$cur"))
                return
            fi
            if [[ ($sub == import || $sub == export) && $cur != -* ]]; then
                _filedir json
                return
            fi
            opts="--format -h --help"
            ;;
        keys)
            if [[ $cword -eq 2 ]]; then
                COMPREPLY=($(compgen -W "set list delete connect" -- "$cur"))
            elif [[ $cword -eq 3 && $sub == connect ]]; then
                COMPREPLY=($(compgen -W "openrouter" -- "$cur"))
            elif [[ $cword -eq 3 && ($sub == set || $sub == delete) ]]; then
                COMPREPLY=($(compgen -W "$providers" -- "$cur"))
            elif [[ $sub == connect ]]; then
                COMPREPLY=($(compgen -W "--base-url" -- "$cur"))
            fi
            return
            ;;
        account)
            opts="--base-url --format -h --help"
            ;;
        *)
            return
            ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    elif [[ $command == ask ]]; then
        _filedir
    fi
} &&
    complete -F _switchyard switchyard

# ex: filetype=sh
