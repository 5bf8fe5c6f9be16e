# fish completion for switchyard(1)
# Copyright 2026 The Switchyard developers. SPDX-License-Identifier: GPL-3.0-or-later

set -l commands ask usage models chats presets keys account help
set -l providers openrouter openai anthropic gemini deepseek mistral groq xai ollama lmstudio

complete -c switchyard -f
complete -c switchyard -n "not __fish_seen_subcommand_from $commands" -s h -l help -d 'Show the commands'
complete -c switchyard -n "not __fish_seen_subcommand_from $commands" -s v -l version -d 'Show the version'
complete -c switchyard -n "not __fish_seen_subcommand_from $commands" -a ask -d 'Ask a model; the answer streams to stdout'
complete -c switchyard -n "not __fish_seen_subcommand_from $commands" -a usage -d 'What the ledger recorded'
complete -c switchyard -n "not __fish_seen_subcommand_from $commands" -a models -d 'The models a provider offers'
complete -c switchyard -n "not __fish_seen_subcommand_from $commands" -a chats -d 'List, search, export, import conversations'
complete -c switchyard -n "not __fish_seen_subcommand_from $commands" -a presets -d 'List, export, import presets'
complete -c switchyard -n "not __fish_seen_subcommand_from $commands" -a keys -d 'Store, list, delete or connect keys'
complete -c switchyard -n "not __fish_seen_subcommand_from $commands" -a account -d 'The OpenRouter key and credits'
complete -c switchyard -n "not __fish_seen_subcommand_from $commands" -a help -d 'Show the commands'

# Every command's help.
for c in ask usage models chats presets account
    complete -c switchyard -n "__fish_seen_subcommand_from $c" -s h -l help -d 'Show the options'
end

# ask
set -l ask "__fish_seen_subcommand_from ask"
complete -c switchyard -n $ask -s p -l provider -x -a "$providers" -d 'Provider id'
complete -c switchyard -n $ask -s m -l model -x -d 'Model id; repeat for a fallback order'
complete -c switchyard -n $ask -l base-url -x -d 'Use this base URL for this call'
complete -c switchyard -n $ask -l json -d 'One JSON object instead of streaming text'
complete -c switchyard -n $ask -l timeout -x -d 'Give up after this many silent seconds'
complete -c switchyard -n $ask -l max-time -x -d 'Give up after this many seconds in all'
complete -c switchyard -n $ask -s s -l system -x -d 'System prompt'
complete -c switchyard -n $ask -s a -l attach -r -F -d 'Attach an image, a PDF or a text file'
complete -c switchyard -n $ask -l keep-image-size -d 'Send attached images without scaling them down'
complete -c switchyard -n $ask -l preset -x -d "Start from this preset"
complete -c switchyard -n $ask -l max-tokens -x -d "Upper bound on the answer's tokens"
complete -c switchyard -n $ask -l temperature -x -d 'Sampling temperature, 0 to 2'
complete -c switchyard -n $ask -l top-p -x -d 'Nucleus sampling probability'
complete -c switchyard -n $ask -l reasoning -x -a 'low medium high' -d 'Reasoning effort'
complete -c switchyard -n $ask -l stop -x -d 'Stop the answer at this text'
complete -c switchyard -n $ask -l seed -x -d 'Sampling seed'
complete -c switchyard -n $ask -l compare -d 'Send to every model at once and compare'
complete -c switchyard -n $ask -l provider-order -x -d 'OpenRouter: try these providers first'
complete -c switchyard -n $ask -l provider-only -x -d 'OpenRouter: use only these providers'
complete -c switchyard -n $ask -l provider-ignore -x -d 'OpenRouter: never use these providers'
complete -c switchyard -n $ask -l sort -x -a 'price throughput latency' -d 'OpenRouter: prefer providers by'
complete -c switchyard -n $ask -l no-fallbacks -d 'OpenRouter: no backup providers'
complete -c switchyard -n $ask -l deny-data-collection -d 'OpenRouter: only providers that keep no prompts'
complete -c switchyard -n $ask -l zdr -d 'OpenRouter: only Zero Data Retention endpoints'
complete -c switchyard -n $ask -l max-price -x -d 'OpenRouter: most USD per million tokens, IN/OUT'
complete -c switchyard -n $ask -l quantizations -x -a 'int4 int8 fp4 fp6 fp8 fp16 bf16 fp32 unknown' -d 'OpenRouter: only these quantizations'

# usage
set -l usage "__fish_seen_subcommand_from usage"
complete -c switchyard -n $usage -l since -x -d 'From this local date or ISO date-time'
complete -c switchyard -n $usage -l until -x -d 'Up to this local date or ISO date-time'
complete -c switchyard -n $usage -l by -x -a 'model provider day week month conversation' -d 'Group by'
complete -c switchyard -n $usage -l log -d 'One row per request'
complete -c switchyard -n $usage -l compare-group -x -d 'Only the requests of this compare run'
complete -c switchyard -n $usage -l format -x -a 'table csv json' -d 'Output format'

# models
set -l models "__fish_seen_subcommand_from models"
complete -c switchyard -n $models -s p -l provider -x -a "$providers" -d 'Provider id'
complete -c switchyard -n $models -l base-url -x -d 'Use this base URL for this call'
complete -c switchyard -n $models -l refresh -d 'Fetch the list again'
complete -c switchyard -n $models -l format -x -a 'table json' -d 'Output format'

# chats
set -l chats "__fish_seen_subcommand_from chats"
complete -c switchyard -n "$chats; and not __fish_seen_subcommand_from export import" -a 'export import' -d 'Export one or import a file'
complete -c switchyard -n "$chats; and __fish_seen_subcommand_from import" -F
complete -c switchyard -n $chats -l search -x -d 'Only conversations holding these words'
complete -c switchyard -n $chats -l format -x -a 'table json md' -d 'table or json; md or json for export'

# presets
set -l presets "__fish_seen_subcommand_from presets"
complete -c switchyard -n "$presets; and not __fish_seen_subcommand_from export import" -a 'export import' -d 'Your own presets as JSON'
complete -c switchyard -n "$presets; and __fish_seen_subcommand_from export import" -F
complete -c switchyard -n $presets -l format -x -a 'table json' -d 'Output format'

# keys
set -l keys "__fish_seen_subcommand_from keys"
complete -c switchyard -n "$keys; and not __fish_seen_subcommand_from set list delete connect" -a set -d 'Store a key (read from stdin)'
complete -c switchyard -n "$keys; and not __fish_seen_subcommand_from set list delete connect" -a list -d 'Where each key comes from'
complete -c switchyard -n "$keys; and not __fish_seen_subcommand_from set list delete connect" -a delete -d 'Remove a key'
complete -c switchyard -n "$keys; and not __fish_seen_subcommand_from set list delete connect" -a connect -d 'Sign in to OpenRouter in the browser'
complete -c switchyard -n "$keys; and __fish_seen_subcommand_from set delete" -a "$providers"
complete -c switchyard -n "$keys; and __fish_seen_subcommand_from connect" -a openrouter
complete -c switchyard -n "$keys; and __fish_seen_subcommand_from connect" -l base-url -x -d 'Use this base URL for this call'

# account
set -l account "__fish_seen_subcommand_from account"
complete -c switchyard -n $account -l base-url -x -d 'Use this base URL for this call'
complete -c switchyard -n $account -l format -x -a 'table json' -d 'Output format'
