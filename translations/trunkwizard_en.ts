<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>RTL for a language written right to left, LTR otherwise.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::AccountKeysReader</name>
    <message>
        <source>No Cloudonix key of %1 is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Vapi key for the %1 region is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ActivityLogModel</name>
    <message>
        <source>%1 (try %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms (waited %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ActivityView</name>
    <message>
        <source>Co&amp;py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by system, method, path or result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ApiError</name>
    <message>
        <source>Cloudonix did not accept the API key; copy a valid key from Cloudonix Cockpit and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi did not accept the API key; use the private key from the Vapi dashboard (not the public key) and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudonix refused this request for the key in use; use a key of the customer account that owns the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi refused this request for the key in use; check that the key belongs to the right Vapi organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudonix could not find what was asked for; check the domain name and that it belongs to this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi could not find what was asked for; it may have been deleted in the Vapi dashboard, so refresh the status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the request as invalid; check the values and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the request: %2. Correct the value and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported a conflict with something that already exists; refresh the status and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is limiting how fast requests may be sent; wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had an internal problem (HTTP %2); try again in a few minutes, and contact %1 support if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time; check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk Wizard could not reach %1; check the internet connection, proxy and firewall, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk Wizard could not open a secure connection to %1: the server at that address does not answer as an HTTPS server. Check the address (an http:// server or a proxy port?). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed a certificate check; check the computer&apos;s date and any proxy that inspects HTTPS. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer Trunk Wizard could not read; try again, and send the details to support if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 address is not a secure https address; use https (plain http is only allowed for this computer&apos;s own loopback sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ApplyOperation</name>
    <message>
        <source>About %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ApplyPage</name>
    <message>
        <source>Applying the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step is checked and recorded as it completes. You can cancel at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the requests under way finish, then what this run made is taken back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (about %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n change(s) this run made are still in place.</source>
        <translation>
            <numerusform>Stopped. %n change this run made is still in place.</numerusform>
            <numerusform>Stopped. %n changes this run made are still in place.</numerusform>
        </translation>
    </message>
    <message>
        <source>A step failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Roll back removes what this run made; Retry keeps it and runs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Taking back the %n change(s) this run made…</source>
        <translation>
            <numerusform>Taking back the %n change this run made…</numerusform>
            <numerusform>Taking back the %n changes this run made…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Cloudonix and Vapi again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot be applied as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ApplyResult</name>
    <message>
        <source>Everything was already as wanted; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n change(s) made.</source>
        <translation>
            <numerusform>Done: %n change made.</numerusform>
            <numerusform>Done: %n changes made.</numerusform>
        </translation>
    </message>
    <message>
        <source>The apply was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (step: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apply failed at: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this run had created was removed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made before the failure stay in place; run the apply again to finish.</source>
        <translation>
            <numerusform>%n change made before the failure stays in place; run the apply again to finish.</numerusform>
            <numerusform>%n changes made before the failure stay in place; run the apply again to finish.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some things could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::AssistantPicker</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::AssistantResolver</name>
    <message>
        <source> (for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Vapi assistant is named &quot;%1&quot;%2; check the name or use the assistant&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 Vapi assistants (%3)%4; use the id of the one you mean.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::BoundedFile</name>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::CaBundle</name>
    <message>
        <source>The CA certificate file %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds no certificate; give the CA certificate of your HTTPS proxy, in PEM or DER form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::CliAccountCommands</name>
    <message>
        <source>configure needs --domain and --apikey (use --apikey - to read the key from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 domain %2; the key is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudonix shows no inbound SIP host for it (no auto alias); give the trunk&apos;s gateway by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound SIP host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only --provider vapi is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To create or reuse the domain&apos;s trunk, give --domain too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Vapi key works and is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n domain(s) from %1, with %2.</source>
        <translation>
            <numerusform>Imported %n domain from %1, with %2.</numerusform>
            <numerusform>Imported %n domains from %1, with %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n number</numerusform>
            <numerusform>%n numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored the key for %1 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete needs --domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the Cloudonix key of %1 could not be removed from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is forgotten, and its key removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::CliArguments</name>
    <message>
        <source>Unknown option %1; see trunkwizard-cli help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see trunkwizard-cli help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1; see trunkwizard-cli help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::CliCommand</name>
    <message>
        <source>%1 is not configured yet; run trunkwizard-cli configure --domain %1 --apikey - first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run trunkwizard-cli configure --domain %1 --apikey -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run trunkwizard-cli service --provider vapi --apikey -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This changes Cloudonix or Vapi and there is no terminal to ask on; run again with --yes after reading the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Make these %n change(s)?</source>
        <translation>
            <numerusform>Make this change?</numerusform>
            <numerusform>Make these %n changes?</numerusform>
        </translation>
    </message>
    <message>
        <source>done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Taking back the %n change(s) this run made…</source>
        <translation>
            <numerusform>Taking back the %n change this run made…</numerusform>
            <numerusform>Taking back the %n changes this run made…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::CliCommands</name>
    <message>
        <source>Usage: trunkwizard-cli COMMAND [options]   (global options may stand anywhere)

cx-vcc compatible:
  configure --domain D --apikey K          verify a Cloudonix key and domain; store the key in the keychain
  service --provider vapi --apikey K [--domain D [--name N] [--inbound-ip IP[/MASK]]...]
                                           store the Vapi key; with --domain, create or reuse the domain&apos;s
                                           trunk (default name &quot;Cloudonix D&quot;; outbound host gateway +
                                           inbound IP gateways)
  addnumber --domain D --provider vapi --number N [--number N...] [--file numbers.csv]
            [--assistant ID_OR_NAME] [--mode trunk|sip-uri] [--number-region CC]
                                           (CC: the country of numbers written without a leading +)
  display [--domain D] [--remote]          what is stored (and, with --remote, what is live)
  sync [--domain D] [--trunk ID]           record the domain&apos;s trunk and numbers as Vapi has them (no remote
                                           change)
  delete --domain D [--remote]             forget a domain; with --remote, remove its trunk and numbers first
More:
  plan --file STATE.json                   show what an apply would change
  (--trunk ID on service, addnumber, plan, apply and sync: use this Vapi trunk when several could be the
   domain&apos;s)
  apply --file STATE.json [--no-rollback]  make it so
  status --domain D                        live state and drift from what was applied
  test-call --domain D --from NUMBER_OR_ID --to NUMBER --assistant ID_OR_NAME [--wait SECONDS]
  teardown --domain D [--restore-cloudonix] remove numbers, then the trunk (and restore the domain settings)
  probe --domain D [--timeout SECONDS]     do the trunk&apos;s gateways answer SIP? (OPTIONS to each address)
  doctor --domain D [--timeout SECONDS]    what is set up wrong, each with its fix (exit 0: nothing found)
  import-cxvcc [--file PATH]               import ~/.cx-vcc/config.yaml; its keys move into the keychain
  report --domain D|--all --format json|html|pdf|csv|md --output FILE|-
                                           a configuration report (keys only as fingerprints)
  glossary [--term KEY]                    SIP trunk, gateway, options ping, leading plus... in plain words

Global options: --config-dir DIR, --cloudonix-url URL, --vapi-url URL, --region us|eu, --json, --verbose,
  --sandbox (simulated Cloudonix and Vapi on this computer), --yes (no confirmation question),
  --ca-file FILE (CA certificates, PEM or DER, trusted beside the system&apos;s: a TLS-inspecting proxy),
  --lang en|de|es|fr|he (the language of the messages; default: the settings&apos;, else the system&apos;s),
  --help, --version.
Keys: --apikey K (shows in the process list) or --apikey - (read from standard input) win over
  TRUNKWIZARD_CLOUDONIX_KEY / TRUNKWIZARD_VAPI_KEY, which win over the keychain.
Exit codes: 0 success, 1 a remote system refused or another failure, 2 invalid input or usage,
  3 authentication failed, 4 network unreachable, timed out or TLS failure, 5 keychain unavailable.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region must be us or eu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command %1; see trunkwizard-cli help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: nothing is sent to Cloudonix or Vapi (simulated at %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::CliDiagnosticCommands</name>
    <message>
        <source>probe needs --domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Vapi trunk is recorded for %1 (or no Vapi key is at hand): the domain&apos;s inbound SIP host was checked instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 300.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doctor needs --domain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::CliDomainView</name>
    <message>
        <source>  Inbound SIP host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Vapi trunk: none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Vapi trunk: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    gateway %1/%2 inbound %3, outbound %4, options ping %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Cloudonix: allow border-to-border %1, redirect unknown to border %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    outbound trunk &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Drift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No drift: everything is as last applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Nothing applied with Trunk Wizard yet, so no drift to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Vapi trunk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Vapi id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the carrier&apos;s trunk: cloudonix.carrierTrunks in the desired state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::CliKeys</name>
    <message>
        <source>The %1 API key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 key is stored; %2 or set %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::CliNumberCommands</name>
    <message>
        <source>addnumber needs --domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only --provider vapi is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode must be trunk or sip-uri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers file %1 cannot be read (%2); give a CSV or text file with one number per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addnumber needs --number (repeatable) or --file numbers.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Vapi id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stored matches Vapi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test-call needs --domain, --from, --to and --assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait takes a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::CliStateCommands</name>
    <message>
        <source>%1 needs --file STATE.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desired state file %1 is larger than 16 MB, far more than any real state (10,000 numbers take about 1 MB); check that it is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desired state file %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desired state file %1 is not a JSON object (%2 at offset %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desired state file %1 gives &quot;%2&quot; twice; keep the one you mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teardown needs --domain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::CliViewCommands</name>
    <message>
        <source>%1 is not configured; run trunkwizard-cli configure first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domain is configured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --domain D or --all, --format json|html|pdf|csv|md and --output FILE (- for standard output, except for pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Report %1 written to %2 (%n domain(s)).</source>
        <translation>
            <numerusform>Report %1 written to %2 (%n domain).</numerusform>
            <numerusform>Report %1 written to %2 (%n domains).</numerusform>
        </translation>
    </message>
    <message>
        <source>status needs --domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no term %1; the glossary has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::CloudonixAccountPage</name>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your Cloudonix domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk Wizard reads the domain&apos;s inbound SIP address from Cloudonix; nothing is changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acme.cloudonix.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cloudonix domain&apos;s name, as the Cloudonix cockpit shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudonix &amp;API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer key or this domain&apos;s key. It is kept in your system keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with Cloudonix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound SIP host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the domain has no auto alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow border-to-border calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect unknown destination to border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this domain&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ConfigStore</name>
    <message>
        <source>The settings folder %1 belongs to another user; Trunk Wizard uses only a folder of your own. Choose another one (TRUNKWIZARD_CONFIG_DIR or --config-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings folder %1 is open to other users and its permissions could not be tightened; make it private (chmod 700) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings folder %1 was open to other users; it is now private to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 is larger than 64 MB, far more than Trunk Wizard ever writes; move it away and start again. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read (%2); fix its permissions and start again. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be set aside; move it away by hand and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file was damaged, so Trunk Wizard kept it as %1 and started with empty settings; your records and your API keys in the keychain are untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer Trunk Wizard (format %2; this version reads up to %3); update Trunk Wizard. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 could not be copied before its upgrade; check the disk, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 could not be written (%2); check the disk and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 could not be saved (%2); the previous version is intact. Free some disk space or check the folder&apos;s permissions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 could not be saved (%2); the previous version is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings folder %1 could not be created; check that the disk is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::CoreContext</name>
    <message>
        <source>Cloudonix address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi address: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::CxVccImporter</name>
    <message>
        <source>No cx-vcc configuration was found at %1; give the path of its config.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 is larger than 4 MB, far more than any cx-vcc configuration; check that it is the right file. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 is not valid YAML (line %2, column %3); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 does not have the expected layout; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry without a usable domain name was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 has an unexpected entry (line %2); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 holds no domain and no Vapi key; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cx-vcc names trunk %2 but Trunk Wizard already manages trunk %3; kept %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: number %2 was skipped: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cx-vcc stored no Cloudonix key; enter it when you first use the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still holds the API keys in plain text; delete the file (or its apiKey lines) once you no longer use cx-vcc. Trunk Wizard did not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for %1 could not be stored in the keychain, so nothing was imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::DashboardView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit in the wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix a&amp;ll…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tear down…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit in the wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected finding back as Trunk Wizard last applied it (shows the change first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the selected finding as it is now: it becomes what is wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply again everything Trunk Wizard last applied (shows the changes first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make what Cloudonix and Vapi hold now the wanted state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers of the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter numbers, ids, assistants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last test calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A configuration report of every domain, previewed before it is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant that answers the selected numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected numbers from Vapi (shows the changes first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domain is configured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domain selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a domain… connects a Cloudonix domain to Vapi, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh reads what Cloudonix and Vapi hold now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: everything is as last applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n domain(s) with Cloudonix and Vapi…</source>
        <translation>
            <numerusform>Checking %n domain with Cloudonix and Vapi…</numerusform>
            <numerusform>Checking %n domains with Cloudonix and Vapi…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 → %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: Test call… places one through the trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what Trunk Wizard made for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tear down %1? This removes what Trunk Wizard made and puts the domain settings back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 to plan the fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this back as Trunk Wizard last applied it to %1?
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply again what Trunk Wizard last applied to %1? These changes will be made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the current state of %1 the wanted state would still change this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n number(s) from %1?</source>
        <translation>
            <numerusform>Remove %n number from %1?</numerusform>
            <numerusform>Remove %n numbers from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n number(s) to %1?</source>
        <translation>
            <numerusform>Add %n number to %1?</numerusform>
            <numerusform>Add %n numbers to %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the assistant of %n number(s) of %1?</source>
        <translation>
            <numerusform>Change the assistant of %n number of %1?</numerusform>
            <numerusform>Change the assistant of %n numbers of %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test c&amp;all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change ass&amp;istant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the carrier&apos;s trunk: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::DesiredState</name>
    <message>
        <source>%1.%2 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier trunk needs a name (%1.name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.host must be the carrier&apos;s host name or IPv4 address, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.transport must be udp, tcp or tls, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloudonix.%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object with name and host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloudonix.carrierTrunks must be a list of trunks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.mode must be &quot;trunk&quot; or &quot;sip-uri&quot;, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;numbers&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cloudonix domain is missing (&quot;domain&quot;, for example &quot;acme.cloudonix.net&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Cloudonix domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vapiRegion must be &quot;us&quot; or &quot;eu&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk gateway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound gateway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound gateway &quot;%1&quot; is a host name; Vapi matches inbound calls on IPv4 addresses only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trunk.transport must be udp, tcp, tls or tls/srtp, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trunk allows neither inbound nor outbound calls; turn on at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloudonix.cxmlUrl &quot;%1&quot; is not an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloudonix.applicationName is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloudonix.cxmlMethod must be GET or POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two carrier trunks are named &quot;%1&quot;; names must differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trunk.gatewayMode must be &quot;split&quot; or &quot;single&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trunk.port must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trunk.transport must be udp, tcp, tls or tls/srtp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trunk.inboundGateways must be a list of IPv4 addresses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::DnsHostResolver</name>
    <message>
        <source>DNS lookup of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::DoctorOperation</name>
    <message>
        <source>%1 is not set up on this computer: run the wizard (or trunkwizard-cli apply) first, or name the domain as it was set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 from Cloudonix and Vapi, and asking its gateways over SIP…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::DoctorReport</name>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem found: the trunk, the numbers, the Cloudonix settings and the gateways look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::DomainCards</name>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudonix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound SIP host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow border-to-border calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect unknown destination to border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound trunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading plus for outbound calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::DomainChangeFlow</name>
    <message>
        <source>Trunk Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n change(s)</source>
        <translation>
            <numerusform>&amp;Apply %n change</numerusform>
            <numerusform>&amp;Apply %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::DomainListModel</name>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed outside Trunk Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::DomainLock</name>
    <message>
        <source>Trunk Wizard could not take the lock of %1 in %2; check that the settings folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another change to %1 is in progress (process %2, started %3); nothing was changed. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::DomainNumbersModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi SIP URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::DomainStatus</name>
    <message>
        <source>The trunk &quot;%1&quot; was %2; Trunk Wizard has not recorded it yet (sync records it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (now: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 (%2) no longer exists in Vapi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cloudonix domain has no outbound trunk, so Vapi&apos;s outbound calls have nowhere to go.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::EndedReasonExplainer</name>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trunk settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the called party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudonix asked Vapi to authenticate (SIP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudonix should accept Vapi by the domain&apos;s alias: check the gateway host name, and remove any outbound authentication from the trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudonix refused the call from Vapi (SIP 403 Forbidden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the trunk&apos;s outbound gateway is the domain&apos;s inbound SIP host and that &quot;Allow border-to-border calls&quot; is on for the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudonix did not know where to send the dialled number (SIP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on &quot;Redirect unknown destination to border&quot;, and check the outbound carrier trunk and the number format (leading plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi had no answer from Cloudonix over SIP (SIP 408).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the gateway host, port and transport, and any firewall between Vapi and Cloudonix; the SIP probe shows whether the gateway answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called number was not reachable just now (SIP 480).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trunk works as far as the carrier; try again, or call another number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called number was busy (SIP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trunk works; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was cancelled before it was answered (SIP 487).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trunk works; place the call again and pick up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call failed on media negotiation (SIP %1: codecs or encryption).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the trunk&apos;s transport and the carrier&apos;s codecs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called party declined the call (SIP 603).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trunk works; call a phone that will answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudonix or its carrier could not take the call (SIP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the domain&apos;s outbound carrier trunk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP side refused the call (SIP %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the domain&apos;s settings and its carrier trunk in the Cloudonix console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi ended the call without giving a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the call in Vapi&apos;s call log for its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call connected through the trunk and ended normally: the trunk works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call reached the number and rang, but nobody answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trunk works; try again and pick up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called number was busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller hung up before the assistant answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trunk works; call again and wait for the assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number dialled does not exist, as the phone network reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the number you called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web caller did not allow the microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a web call, not a call through the trunk; allow the microphone and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was cancelled or deleted before it ended by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the call again if you still need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi did not accept the call that Cloudonix sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that Cloudonix&apos;s addresses are the trunk&apos;s inbound gateways, and that the number is on the trunk in Vapi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi could not reach Cloudonix over SIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the gateway host, port and transport, and any firewall between them; the SIP probe shows whether the gateway answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call connected, but no sound reached the assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that media (RTP) can flow between Cloudonix and Vapi: firewalls and NAT, and the codecs of the carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi cannot call out from this number: a Vapi SIP URI number only receives calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the call from a number on the trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi could not find the number the call was to come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Sync for the domain, and call from a number the dashboard shows as active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi refused the call&apos;s details (the number called or its format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call a number in international form, starting with +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi refused to start the call because of the Vapi account (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account&apos;s credits, subscription and limits in the Vapi dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi refused to start the call: a limit of Vapi&apos;s own numbers (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call from a number on the Cloudonix trunk instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi could not use the assistant for this call (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the assistant exists and is set up completely in the Vapi dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant did not join the call (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the assistant&apos;s model, voice and transcriber in the Vapi dashboard, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi could not start the call (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it happens again, see Vapi&apos;s status page and call log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant&apos;s transfer did not complete (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the transfer destination set in the assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant&apos;s configuration stopped the call (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the assistant&apos;s model and transport settings in the Vapi dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call failed inside Vapi (%1), not on the trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, see Vapi&apos;s status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider the assistant uses (its model, voice or transcriber) failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that provider&apos;s API key in the Vapi dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That provider&apos;s quota or rate limit was reached: check its plan, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again, or choose another provider for the assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call went through another phone provider, which ended it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test calls for this trunk go from a number on the Cloudonix trunk; call from one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called party ended or refused the call (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trunk probably works; call again and answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant ended the call (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the assistant&apos;s configuration in the Vapi dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call ended while ringing (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the trunk&apos;s gateways; the SIP probe shows whether the gateway answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi ended the call with a reason Trunk Wizard does not know yet (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::EndpointPolicy</name>
    <message>
        <source>&quot;%1&quot; is not a whole web address; write it starting with https:// (plain http:// only for 127.0.0.1, ::1 and localhost), for example https://api.vapi.ai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a plain base address, without user, query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain http; API keys are only sent over https (plain http is allowed only for 127.0.0.1, ::1 and localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::FieldError</name>
    <message>
        <source>&quot;%1&quot; is not a field of the desired state (fields here: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the desired state; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::FinishPage</name>
    <message>
        <source>Your domain is connected to Vapi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a test call to hear an assistant answer through the new trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place a test call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 212 555 0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own phone: Vapi calls it from the number above through the trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assistant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound SIP host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi SIP trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing the call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi&apos;s reason: %1; side: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::GatewayAddress</name>
    <message>
        <source>the unspecified address (0.0.0.0/8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a loopback address, this computer&apos;s own (127.0.0.0/8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a multicast address (224.0.0.0/4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broadcast address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reserved address (240.0.0.0/4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv6 address; Vapi gateways take IPv4 addresses or host names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain address; enter only the host name or IPv4 address, without &quot;sip:&quot; or &quot;https://&quot;, user or port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unreadable network size after the &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, so Vapi can never reach it or be called from it; enter the address Cloudonix gives for the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 network; a &quot;/&quot; only follows an IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IPv4 address nor a host name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::Glossary</name>
    <message>
        <source>SIP trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound SIP host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E.164 number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Border-to-border calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect unknown destination to border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call routing (CXML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SIP trunk is a phone line between two systems over the internet. Here it joins your Cloudonix domain and Vapi: calls to your numbers reach a Vapi assistant through it, and the assistant&apos;s calls go out through Cloudonix. In Vapi it is a &quot;BYO SIP trunk&quot; credential; keep one trunk per Cloudonix domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway is an address a trunk exchanges calls with: a host name (FQDN) or an IP address. Vapi sends its outbound calls to the gateway named by your domain&apos;s inbound SIP host, and accepts inbound calls only from gateways given as IP addresses, so the trunk has one outbound host gateway and Cloudonix&apos;s addresses as inbound gateways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address Cloudonix gives each domain for the calls it receives, such as dd7a2a82-2457-3578-a63b-bd132950c857.sip.cloudonix.net. Trunk Wizard reads it from Cloudonix; in Vapi it is the trunk&apos;s &quot;Gateway IP address / FQDN&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &quot;Enable options ping&quot; on, Vapi sends a small SIP OPTIONS message to the gateway every few seconds to check that it answers, which also keeps the connection alive. Cloudonix answers these messages. &quot;Check SIP&quot; in Trunk Wizard sends the same message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &quot;Enable leading plus for outbound calls&quot; on, Vapi puts a + before the numbers it dials, so they reach Cloudonix in E.164 format: 12127773456 goes out as +12127773456. Cloudonix recommends it, so that every number it routes is unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E.164 is the international format of a phone number: a +, the country code, then the subscriber number without its leading 0, at most 15 digits and no spaces. +12127773456 is a New York number, +442071234567 a London one. Trunk Wizard keeps every number in this format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Allow border-to-border calls&quot; is a setting of a Cloudonix domain. It lets a call that came in from outside the domain (here from Vapi) go out again to another outside party, such as your carrier. Without it, Cloudonix refuses the assistant&apos;s outbound calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Redirect unknown destination to border&quot; is a setting of a Cloudonix domain: a call to a number that is not one of the domain&apos;s own goes out to the border (your carriers) instead of being refused. The assistant&apos;s calls to your customers need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNID (dialed number identification) is the number a caller dialed. In Cloudonix a DNID entry says which application answers the calls to that number; Trunk Wizard adds one for each of your numbers, so that their calls go to Vapi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Cloudonix application, written in CXML (Cloudonix&apos;s call-control XML), decides what happens to a call. Trunk Wizard&apos;s application passes calls to Vapi with &lt;Dial&gt;&lt;Service provider=&quot;vapi&quot;&gt;, and the DNIDs send your numbers&apos; calls to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carrier trunk connects your Cloudonix domain to a telephone carrier (such as Telnyx or Twilio), which carries calls to and from the public phone network. Without one, the assistant&apos;s outbound calls have nowhere to go after Cloudonix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Vapi assistant is the voice AI agent that answers and places calls. Each phone number on the trunk is attached to one assistant, which answers the calls to that number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E.164 format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::HealthPanel</name>
    <message>
        <source>Health check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier SIP checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check SIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send SIP OPTIONS to each gateway of the trunk: does it answer, and how fast?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Troubleshoot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for the misconfigurations that most often break calls, each with its fix (checks SIP too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the gateways of %1 over SIP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for problems in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: Check SIP asks each gateway of the trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k SIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tro&amp;ubleshoot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::HttpTransport</name>
    <message>
        <source>the answer was larger than %1 MB, far more than any real answer, so its transfer was stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::KeychainSecretStore</name>
    <message>
        <source>No API key of %1 is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked); unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the API key cannot be stored safely; start the desktop keyring (GNOME Keyring or KWallet) and try again. The key was not saved anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the stored API key of %1 cannot be read; start the desktop keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the API key of %1 cannot be removed; start the desktop keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error; see the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::MainWindow</name>
    <message>
        <source>&amp;Set up a domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudonix domains connected to Vapi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The glossary: the telecom terms of Trunk Wizard in plain words (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Requests through a TLS-inspecting proxy will be refused until you choose another file in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk Wizard — Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setti&amp;ngs…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::MemorySecretStore</name>
    <message>
        <source>The secret store is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::NumberChangeDialog</name>
    <message>
        <source>Add numbers to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 212 777 3456
+44 20 7123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, in international format or as dialled in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default country</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s):</source>
        <translation>
            <numerusform>%n number:</numerusform>
            <numerusform>%n numbers:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Assistant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi answers calls to these numbers with this assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review the changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least one number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are not numbers Vapi can take.</source>
        <translation>
            <numerusform>%n line is not a number Vapi can take.</numerusform>
            <numerusform>%n lines are not numbers Vapi can take.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::NumberDelegate</name>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi SIP URI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::NumberTableModel</name>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi SIP URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::NumbersPage</name>
    <message>
        <source>Choose the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each number is registered on the trunk in Vapi and answered by its assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 212 777 3456
+44 20 7123 4567
(one per line; paste as many as you like)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers &amp;to add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: international format only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assistant for new numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2); choose a CSV or text file with one number per line. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n number</numerusform>
            <numerusform>%n numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n cannot be used (see Check); they are left out</source>
        <translation>
            <numerusform>⚠ %n cannot be used (see Check); it is left out</numerusform>
            <numerusform>⚠ %n cannot be used (see Check); they are left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listed twice (added once)</source>
        <translation>
            <numerusform>%n listed twice (added once)</numerusform>
            <numerusform>%n listed twice (added once)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::Operation</name>
    <message>
        <source>Waiting about %1 s for %2&apos;s rate limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer properly; try %2 in %3 s…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::PdfReportWriter</name>
    <message>
        <source>A PDF report needs the graphical libraries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk Wizard report %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::PhoneNumberValidator</name>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains letters; enter the number with digits only, for example +12127773456.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code; use a two-letter code such as US or GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no country code; write it in international form starting with + (for example +12127773456) or choose the country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with an unknown country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an extension; Vapi numbers cannot carry one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too few digits for its country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many digits for its country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number in use in its country&apos;s numbering plan; check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::Plan</name>
    <message>
        <source>Plan for %1 (inbound SIP host %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to make.</source>
        <translation>
            <numerusform>%n change to make.</numerusform>
            <numerusform>%n changes to make.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::Planner</name>
    <message>
        <source>; leading plus on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; leading plus off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow border-to-border %1, redirect unknown to border %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cloudonix domain %1 is not active; calls will not flow until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Vapi trunk yet; create it first (trunkwizard-cli service --name NAME --domain %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove number %1 from Vapi (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind %1 from the voice application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove voice application &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove trunk &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove outbound trunk &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk Wizard has no record of the domain settings before it changed them; they are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the domain settings of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbound SIP host %1 could not be resolved (%2), so its addresses for the inbound gateways are unknown; list them in trunk.inboundGateways or check DNS, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound calls need the inbound IP gateways of Cloudonix; none are known yet, so only the outbound part of the trunk is set up. Add them as inbound gateways (trunk.inboundGateways in a desired state, --inbound-ip on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the trunk %1 (%2) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new one will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trunk &quot;%1&quot; (%2) already exists in Vapi (%3); it is updated in place and its numbers are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Create trunk &quot;%1&quot; with %n gateway(s)</source>
        <translation>
            <numerusform>Create trunk &quot;%1&quot; with %n gateway</numerusform>
            <numerusform>Create trunk &quot;%1&quot; with %n gateways</numerusform>
        </translation>
    </message>
    <message>
        <source>Trunk &quot;%1&quot; (%2) is as wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update trunk &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The single gateway %1 is a host name with inbound calls allowed; current Vapi accounts refuse that (&quot;SIP gateway creation failed&quot;). If Vapi refuses it, use the split gateway mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway %1 is open for inbound and outbound calls; Cloudonix&apos;s inbound addresses only need inbound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assistant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create SIP URI number %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create number %1 on the trunk (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists in Vapi as a &quot;%2&quot; number; remove it there first, or use mode sip-uri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assistant %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on another trunk (%2) in Vapi; it will be moved to this domain&apos;s trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trunk %1 → this trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name &quot;%1&quot; → &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 is as wanted (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update number %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove number %1 (%2), no longer wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create outbound trunk &quot;%1&quot; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cloudonix trunk &quot;%1&quot; is an %2 trunk; carrier trunks are outbound. Rename one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound trunk &quot;%1&quot; is as wanted (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update outbound trunk &quot;%1&quot; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove outbound trunk &quot;%1&quot; (%2), no longer wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain settings of %1 are as wanted (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set domain settings of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create voice application &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice application &quot;%1&quot; is as wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update voice application &quot;%1&quot; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind %1 to voice application &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is bound to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already bound to another Cloudonix application (%2); it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind %1 from voice application &quot;%2&quot;, no longer wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudonix has no inbound SIP host for %1 (no auto alias and no UUID); give the trunk&apos;s gateway (&quot;Gateway IP address / FQDN&quot;) as the host name Vapi should send calls to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ProbeOperation</name>
    <message>
        <source>%1 is not set up on this computer: run the wizard (or trunkwizard-cli apply) first, or name the domain as it was set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no trunk and no inbound SIP host recorded: verify the domain in the wizard first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the trunk&apos;s gateways from Vapi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the gateway over SIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 gateways over SIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (one that stays silent is given up after %1 s)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ProbeReport</name>
    <message>
        <source>The SIP check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trunk has no gateway to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every gateway answers SIP (1 address checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every gateway answers SIP (%1 addresses checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway passes the SIP check: calls through this trunk cannot work until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 gateway addresses fail the SIP check: calls through them fail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::Provisioner</name>
    <message>
        <source>Reading %1 from Cloudonix and Vapi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the addresses of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another run after this plan was made; nothing was changed. Plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were made and recorded, but what was wanted could not be saved for later comparison: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not configured in Trunk Wizard, so there is nothing of it to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not configured in Trunk Wizard; run configure first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run that stopped mid-way was creating this (%1) %2 s ago; waiting up to %3 s for it to show, so it is not made twice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading back what already exists to take it over: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading back what already exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ProvisioningEngine</name>
    <message>
        <source>recording the start of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk Wizard could not record the change, so it stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered that %2 already exists, yet it was not found when read back; nothing was taken over. Run the apply again in a minute; if this repeats, send the details to support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::RecordStore</name>
    <message>
        <source>Qt&apos;s SQLite driver is missing (package libqt6sql6-sqlite); Trunk Wizard cannot keep its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records file %1 could not be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records file %1 could not be opened (%2); check the disk&apos;s free space and the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records file %1 was written by a newer Trunk Wizard (schema %2; this version knows up to %3); update Trunk Wizard. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the records file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records file %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records file %1 could not be written while %2 (%3); check the disk and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records file %1 could not be written while %2 (%3); nothing of it was saved. Free some disk space or check the folder&apos;s permissions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records file %1 could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ReportOperation</name>
    <message>
        <source>all domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n domain(s)…</source>
        <translation>
            <numerusform>Reading %n domain…</numerusform>
            <numerusform>Reading %n domains…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::ReportPreviewDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of all domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (printable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (for a support ticket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (one row per number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Cloudonix and Vapi for the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ReportRenderer</name>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudonix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound SIP host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow border-to-border calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect unknown destination to border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound trunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading plus for outbound calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read (no live state).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: everything is as last applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last test calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test calls yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP checks of the gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SIP check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(earlier check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1, generated %2 UTC (%3 local time) by %4; scope: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Trunk Wizard configuration report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; API keys are shown only as fingerprints: their last four characters and the start of their SHA-256 hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk Wizard report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk Wizard configuration report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys are shown only as fingerprints: their last four characters and the start of their SHA-256 hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the carrier&apos;s trunk in the wizard&apos;s Routing page, or in the Cloudonix console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::ReviewPage</name>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is everything Trunk Wizard will do. Nothing has been changed yet; Apply makes it so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Cloudonix and Vapi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of what you entered cannot be used; go back and correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n already as wanted</source>
        <translation>
            <numerusform>%n already as wanted</numerusform>
            <numerusform>%n already as wanted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n change</numerusform>
            <numerusform>%1: %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is already as wanted; Apply only records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to make.</source>
        <translation>
            <numerusform>%n change to make.</numerusform>
            <numerusform>%n changes to make.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::RoutingPage</name>
    <message>
        <source>Route calls on Cloudonix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudonix passes calls between Vapi and the phone network; these settings let it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;llow border-to-border calls (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirect unknown destination to border (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;carrier trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets a call that arrives from one external system (Vapi) leave to another (a carrier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a call to a number the domain does not know out to the border (Vapi&apos;s outbound calls to the phone network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: https://your-server.example.com/vapi.xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CXML application &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CXML each number gets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound carrier trunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi&apos;s outbound calls reach the phone network through a carrier trunk on the domain (the guide&apos;s example: Telnyx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port / transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The domain has no outbound trunk yet, so Vapi&apos;s outbound calls have nowhere to go. Add your carrier&apos;s trunk below, or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>telnyx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sip.telnyx.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already on the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carrier trunk named &quot;%1&quot; is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Enter a full http:// or https:// address, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;st:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::SandboxBanner</name>
    <message>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; nothing is sent to Cloudonix or Vapi. Accounts, numbers and calls here are simulated on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated APIs at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::SecretLineEdit</name>
    <message>
        <source>Hide key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::SecretStore</name>
    <message>
        <source>the Cloudonix domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi (%1 region)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::SettingsDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast shows white text and edges on black, with a yellow focus mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used the next time Trunk Wizard starts, by the app and trunkwizard-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long one request to Cloudonix or Vapi may take before it is tried again or reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: only the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a network whose HTTPS proxy inspects traffic: its CA certificate (PEM or DER) is trusted in addition to the system&apos;s. Certificates are always checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved. The CA certificate in %1 is trusted from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::SetupWizard</name>
    <message>
        <source>Set up a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The glossary: SIP trunk, gateway, options ping, leading plus and the other terms, in plain words (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudonix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::SipCheckRow</name>
    <message>
        <source>Chec&amp;k again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the gateway again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send SIP OPTIONS to the gateway from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks %1 in a moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 over SIP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> This computer&apos;s network may block SIP where Vapi&apos;s does not; you can go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The gateway answers SIP (%1, %2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The gateway answers SIP at each of its %1 addresses (slowest %2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::SipMessage</name>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a SIP message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SIP message without Via, CSeq or Call-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SIP message without a start line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SIP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header of the SIP request could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::SipOptionsTransaction</name>
    <message>
        <source>the answer could not be framed as SIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed without an answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::SipProbeResult</name>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not SIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a SIP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms and asked for credentials (%3): it is reachable, and accepts calls only from its trunk partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms but refuses this computer (%3): it is reachable; a gateway usually accepts only its trunk partners&apos; addresses, so this is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms but does not know the address asked for (%3): check that the gateway is the domain&apos;s inbound SIP host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms (%3): it is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered but is unavailable (%2): the SIP server is overloaded or down for maintenance; try again in a few minutes, and if it stays so, ask Cloudonix support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with a server failure (%2): try again in a few minutes, and if it stays so, ask Cloudonix support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer (%2): the host, port or transport may be wrong, a firewall may drop SIP, or the server is down. Check the gateway&apos;s port and protocol, and that this network lets SIP out (UDP or TCP 5060, TLS 5061).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused: nothing takes SIP on that port. Check the gateway&apos;s port and protocol (UDP or TCP 5060, TLS 5061).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer: check the network connection and any firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address in DNS: check the host name for typos; the domain&apos;s inbound SIP host is on the Cloudonix page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed the TLS handshake: check the port (TLS is usually 5061) and, behind a TLS-inspecting proxy, add its CA in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with something that is not SIP: another service listens on that port. Check the gateway&apos;s port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be asked: its host is not a valid SIP address. Check the gateway for typos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not checked: the probe was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::SipTarget</name>
    <message>
        <source>%1:%2 over %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::SipUdpChannel</name>
    <message>
        <source>%1 is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::StaticHostResolver</name>
    <message>
        <source>%1 is not a known host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::StatusRefreshOperation</name>
    <message>
        <source>Reading the keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Vapi account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 of %2 domains…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::StepList</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::SummaryCard</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::SyncOperation</name>
    <message>
        <source>Reading Vapi&apos;s numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Vapi&apos;s trunks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: trunk %2 is gone from Vapi; forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: trunk &quot;%2&quot; (%3) %4; recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: number %2 is gone from Vapi; forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: number %2 found on the trunk; recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::TestCallDialog</name>
    <message>
        <source>&amp;Place the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test call through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has only SIP URI numbers, which receive calls but cannot make them: add a number on the trunk to place a test call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 212 555 0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own phone: Vapi calls it from the number above through the trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assistant (name or id):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing the call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi&apos;s reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::TestCallOperation</name>
    <message>
        <source>%1 has no number on the trunk yet: add one, then call from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call from a number on the trunk instead: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call from a number on the trunk instead: %1 or one of %2 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Vapi SIP URI number, which only receives calls: Vapi cannot call out from it. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number of %2 that Trunk Wizard set up; give its Vapi id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the number and the assistant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::TestCallResult</name>
    <message>
        <source>The test call %1 had not ended when the wait ran out (last status: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::Troubleshooter</name>
    <message>
        <source>No Vapi SIP trunk is set up for %1: run the wizard (or trunkwizard-cli apply) to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Vapi trunk recorded for %1 (%2) is gone from Vapi: run the wizard (or trunkwizard-cli apply) to create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway %1 is a host name with &quot;Allow inbound calls&quot; on, and Vapi accepts inbound calls only from IP addresses: turn inbound off on it and add its IPv4 addresses as inbound gateways (the wizard&apos;s SIP trunk page does both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trunk has no inbound gateway with an IP address, so Vapi refuses the calls Cloudonix sends it: add the addresses of %1 as gateways with &quot;Allow inbound calls&quot; on (the wizard looks them up for you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain&apos;s inbound SIP host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway of the trunk has &quot;Allow outbound calls&quot; on, so Vapi cannot place calls through it: turn it on for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers are stored with a leading + but &quot;Enable leading plus for outbound calls&quot; is off, so Vapi sends them to Cloudonix without it: turn it on in the trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer at Vapi: add it again (the wizard&apos;s Numbers page, or trunkwizard-cli addnumber).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on another Vapi trunk, so its calls do not use %2: apply again to move it, or remove it from the other trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no assistant, so nobody answers its calls: attach one (the dashboard, or trunkwizard-cli addnumber --assistant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant attached to %1 no longer exists at Vapi, so nobody answers its calls: attach another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Allow border-to-border calls&quot; is off on %1, so Cloudonix refuses calls between Vapi and your carriers: turn it on (the wizard&apos;s Cloudonix page, or apply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Redirect unknown destination to border&quot; is off on %1, so Vapi&apos;s calls to numbers outside the domain are not passed on to a carrier: turn it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no outbound trunk to a carrier, so Vapi&apos;s outbound calls have nowhere to go after Cloudonix: add one (the wizard&apos;s carrier step, or Cloudonix&apos;s console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls to %1 are not routed to Vapi: Cloudonix has no DNID for it. Apply again with a CXML URL (the wizard&apos;s Routing page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNID of %1 has no CXML application, so Cloudonix does not know where its calls go: bind it to the application that dials Vapi (the wizard&apos;s Routing page).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::TrunkFinder</name>
    <message>
        <source>Vapi has no SIP trunk with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trunk %1 recorded for this domain no longer exists in Vapi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi has %1 SIP trunks that could be the one of %2; nothing was changed. Choose one with --trunk ID (or &quot;trunk&quot;: {&quot;id&quot;: ...} in the desired state):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %1  &quot;%2&quot;  gateways %3  %n number(s)</source>
        <translation>
            <numerusform>  %1  &quot;%2&quot;  gateways %3  %n number</numerusform>
            <numerusform>  %1  &quot;%2&quot;  gateways %3  %n numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen by its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded by Trunk Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found by its gateway on the domain&apos;s inbound SIP host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found by its gateway on the domain&apos;s inbound address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found by its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::TrunkPage</name>
    <message>
        <source>Set up the SIP trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi sends and receives calls through this trunk; its gateway is your Cloudonix domain&apos;s inbound SIP host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;inbound calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;outbound calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable o&amp;ptions ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable &amp;leading plus for outbound calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;runk name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway IP address / FQDN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Vapi sends calls: your domain&apos;s inbound SIP host, &lt;alias&gt;.sip.cloudonix.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options ping: Vapi checks every few seconds that the gateway answers SIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi adds the + of E.164 to the numbers it dials: 12127773456 goes out as +12127773456, 442071234567 as +442071234567. Cloudonix expects E.164, so keep it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split: outbound host gateway, inbound IP gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single: one gateway for both (older Vapi accounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS with SRTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transpor&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SIP port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Vapi reaches the gateway; Cloudonix answers on 5060 over UDP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One IPv4 address or range per line, e.g. 203.0.113.10 or 203.0.113.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound IP gate&amp;ways:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cloudonix addresses that send calls to Vapi. Vapi accepts only IP addresses for inbound calls; left empty, they are looked up from the gateway&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: Looked up from %1; check them against Cloudonix&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: Vapi already has a trunk for this domain: &quot;%1&quot; (%2). It will be updated in place and keep its numbers; no second trunk is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: Vapi has %1 trunks that could be this domain&apos;s. Choose the one to use; the others are left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host Vapi should send calls to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPv4 address is needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::VapiAccountPage</name>
    <message>
        <source>Connect your Vapi organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk Wizard reads your assistants and the SIP trunks you already have; nothing is changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;erify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapi &amp;API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private API key from the Vapi dashboard (Organization settings, API keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States (api.vapi.ai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (api.eu.vapi.ai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with Vapi (US and EU)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with Vapi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP trunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::VapiAssistant</name>
    <message>
        <source>Unnamed assistant (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::VapiLimits</name>
    <message>
        <source>The name is empty; Vapi needs 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a control character; names are plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; has %2 characters; Vapi allows at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The netmask /%1 is outside what Vapi accepts (/%2 to /%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port %1 is outside %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::VerifyCloudonixOperation</name>
    <message>
        <source>Checking the Cloudonix API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the trunks of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::VerifyVapiOperation</name>
    <message>
        <source>Checking the Vapi API key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tw::WelcomePage</name>
    <message>
        <source>Connect a Cloudonix domain to Vapi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk Wizard sets up a Vapi SIP trunk to your Cloudonix domain, the domain&apos;s routing and your numbers, and checks every step. Nothing is changed until you confirm the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue setting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your Cloudonix and Vapi keys, then choose the trunk and numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import my cx-vcc setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read ~/.cx-vcc/config.yaml, move its keys into the keychain and continue with its domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it in the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through the whole flow against simulated Cloudonix and Vapi accounts on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the sandbox: the keys and domain are filled in for you, and nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue setting up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on %1. What you entered is kept; your keys come from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n domain(s) and their keys from cx-vcc.</source>
        <translation>
            <numerusform>Imported %n domain and its keys from cx-vcc.</numerusform>
            <numerusform>Imported %n domains and their keys from cx-vcc.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::WizardPageBase</name>
    <message>
        <source>The key works but could not be kept in the keychain; you will be asked for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
