<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>RTL for a language written right to left, LTR otherwise.</extracomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>tw::AccountKeysReader</name>
    <message>
        <source>No Cloudonix key of %1 is in the keychain.</source>
        <translation>Für %1 ist kein Cloudonix-Schlüssel im Schlüsselbund.</translation>
    </message>
    <message>
        <source>No Vapi key for the %1 region is in the keychain.</source>
        <translation>Für die Region %1 ist kein Vapi-Schlüssel im Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>tw::ActivityLogModel</name>
    <message>
        <source>%1 (try %2)</source>
        <translation>%1 (Versuch %2)</translation>
    </message>
    <message>
        <source>%1 ms (waited %2 s)</source>
        <translation>%1 ms (gewartet %2 s)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>tw::ActivityView</name>
    <message>
        <source>Co&amp;py</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Filter by system, method, path or result…</source>
        <translation>Nach System, Methode, Pfad oder Ergebnis filtern…</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Anfragen filtern</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>API requests</source>
        <translation>API-Anfragen</translation>
    </message>
</context>
<context>
    <name>tw::ApiError</name>
    <message>
        <source>Cloudonix did not accept the API key; copy a valid key from Cloudonix Cockpit and enter it again.</source>
        <translation>Cloudonix hat den API-Schlüssel nicht angenommen; kopieren Sie einen gültigen Schlüssel aus dem Cloudonix Cockpit und geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>Vapi did not accept the API key; use the private key from the Vapi dashboard (not the public key) and enter it again.</source>
        <translation>Vapi hat den API-Schlüssel nicht angenommen; verwenden Sie den privaten Schlüssel aus dem Vapi-Dashboard (nicht den öffentlichen) und geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>Cloudonix refused this request for the key in use; use a key of the customer account that owns the domain.</source>
        <translation>Cloudonix hat diese Anfrage für den verwendeten Schlüssel abgelehnt; verwenden Sie einen Schlüssel des Kundenkontos, dem die Domain gehört.</translation>
    </message>
    <message>
        <source>Vapi refused this request for the key in use; check that the key belongs to the right Vapi organisation.</source>
        <translation>Vapi hat diese Anfrage für den verwendeten Schlüssel abgelehnt; prüfen Sie, ob der Schlüssel zur richtigen Vapi-Organisation gehört.</translation>
    </message>
    <message>
        <source>Cloudonix could not find what was asked for; check the domain name and that it belongs to this account.</source>
        <translation>Cloudonix hat das Angefragte nicht gefunden; prüfen Sie den Domainnamen und ob die Domain zu diesem Konto gehört.</translation>
    </message>
    <message>
        <source>Vapi could not find what was asked for; it may have been deleted in the Vapi dashboard, so refresh the status.</source>
        <translation>Vapi hat das Angefragte nicht gefunden; es wurde vielleicht im Vapi-Dashboard gelöscht, aktualisieren Sie also den Status.</translation>
    </message>
    <message>
        <source>%1 rejected the request as invalid; check the values and try again.</source>
        <translation>%1 hat die Anfrage als ungültig abgelehnt; prüfen Sie die Werte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 rejected the request: %2. Correct the value and try again.</source>
        <translation>%1 hat die Anfrage abgelehnt: %2. Korrigieren Sie den Wert und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 reported a conflict with something that already exists; refresh the status and try again.</source>
        <translation>%1 meldet einen Konflikt mit etwas, das bereits existiert; aktualisieren Sie den Status und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is limiting how fast requests may be sent; wait a minute and try again.</source>
        <translation>%1 begrenzt, wie schnell Anfragen gesendet werden dürfen; warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 had an internal problem (HTTP %2); try again in a few minutes, and contact %1 support if it persists.</source>
        <translation>%1 hatte ein internes Problem (HTTP %2); versuchen Sie es in einigen Minuten erneut und wenden Sie sich an den Support von %1, wenn es anhält.</translation>
    </message>
    <message>
        <source>%1 did not answer in time; check the internet connection and try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet; prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Trunk Wizard could not reach %1; check the internet connection, proxy and firewall, then try again.</source>
        <translation>Trunk Wizard konnte %1 nicht erreichen; prüfen Sie Internetverbindung, Proxy und Firewall und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Trunk Wizard could not open a secure connection to %1: the server at that address does not answer as an HTTPS server. Check the address (an http:// server or a proxy port?). Nothing was sent.</source>
        <translation>Trunk Wizard konnte keine sichere Verbindung zu %1 aufbauen: Der Server unter dieser Adresse antwortet nicht als HTTPS-Server. Prüfen Sie die Adresse (ein http://-Server oder ein Proxy-Port?). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed a certificate check; check the computer&apos;s date and any proxy that inspects HTTPS. Nothing was sent.</source>
        <translation>Die sichere Verbindung zu %1 hat eine Zertifikatsprüfung nicht bestanden; prüfen Sie das Datum des Computers und jeden Proxy, der HTTPS untersucht. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 sent an answer Trunk Wizard could not read; try again, and send the details to support if it persists.</source>
        <translation>%1 hat eine Antwort gesendet, die Trunk Wizard nicht lesen konnte; versuchen Sie es erneut und senden Sie die Details an den Support, wenn es anhält.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The %1 address is not a secure https address; use https (plain http is only allowed for this computer&apos;s own loopback sandbox).</source>
        <translation>Die Adresse von %1 ist keine sichere https-Adresse; verwenden Sie https (einfaches http ist nur für die lokale Sandbox auf diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>tw::ApplyOperation</name>
    <message>
        <source>About %1 s left</source>
        <translation>Noch etwa %1 s</translation>
    </message>
</context>
<context>
    <name>tw::ApplyPage</name>
    <message>
        <source>Applying the changes</source>
        <translation>Die Änderungen werden angewendet</translation>
    </message>
    <message>
        <source>Each step is checked and recorded as it completes. You can cancel at any time.</source>
        <translation>Jeder Schritt wird nach Abschluss geprüft und festgehalten. Sie können jederzeit abbrechen.</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>W&amp;iederholen</translation>
    </message>
    <message>
        <source>R&amp;oll back</source>
        <translation>Zurück&amp;nehmen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation>Schritte des Laufs</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>Cancelling: the requests under way finish, then what this run made is taken back…</source>
        <translation>Wird abgebrochen: Die laufenden Anfragen werden beendet, dann wird zurückgenommen, was dieser Lauf erstellt hat…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1 (about %2 s)</source>
        <translation>%1 (etwa %2 s)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n change(s) this run made are still in place.</source>
        <translation>
            <numerusform>Angehalten. %n Änderung dieses Laufs bleibt bestehen.</numerusform>
            <numerusform>Angehalten. %n Änderungen dieses Laufs bleiben bestehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A step failed.</source>
        <translation>Ein Schritt ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 Roll back removes what this run made; Retry keeps it and runs again.</source>
        <translation>%1 „Zurücknehmen“ entfernt, was dieser Lauf erstellt hat; „Wiederholen“ behält es und startet erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Taking back the %n change(s) this run made…</source>
        <translation>
            <numerusform>%n Änderung dieses Laufs wird zurückgenommen…</numerusform>
            <numerusform>%n Änderungen dieses Laufs werden zurückgenommen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Reading Cloudonix and Vapi again…</source>
        <translation>Cloudonix und Vapi werden erneut gelesen…</translation>
    </message>
    <message>
        <source>The plan cannot be applied as it is.</source>
        <translation>Der Plan kann so nicht angewendet werden.</translation>
    </message>
</context>
<context>
    <name>tw::ApplyResult</name>
    <message>
        <source>Everything was already as wanted; nothing was changed.</source>
        <translation>Alles war bereits wie gewünscht; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n change(s) made.</source>
        <translation>
            <numerusform>Fertig: %n Änderung vorgenommen.</numerusform>
            <numerusform>Fertig: %n Änderungen vorgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The apply was cancelled.</source>
        <translation>Das Anwenden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 (step: %2)</source>
        <translation>%1 (Schritt: %2)</translation>
    </message>
    <message>
        <source>The apply failed at: %1.</source>
        <translation>Das Anwenden ist fehlgeschlagen bei: %1.</translation>
    </message>
    <message>
        <source>What this run had created was removed again.</source>
        <translation>Was dieser Lauf erstellt hatte, wurde wieder entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made before the failure stay in place; run the apply again to finish.</source>
        <translation>
            <numerusform>%n Änderung vor dem Fehler bleibt bestehen; wenden Sie den Plan erneut an, um ihn abzuschließen.</numerusform>
            <numerusform>%n Änderungen vor dem Fehler bleiben bestehen; wenden Sie den Plan erneut an, um ihn abzuschließen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some things could not be removed: %1</source>
        <translation>Einiges konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>tw::AssistantPicker</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>tw::AssistantResolver</name>
    <message>
        <source> (for %1)</source>
        <translation> (für %1)</translation>
    </message>
    <message>
        <source>No Vapi assistant is named &quot;%1&quot;%2; check the name or use the assistant&apos;s id.</source>
        <translation>Kein Vapi-Assistent heißt „%1“%2; prüfen Sie den Namen oder verwenden Sie die ID des Assistenten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 Vapi assistants (%3)%4; use the id of the one you mean.</source>
        <translation>„%1“ passt auf %2 Vapi-Assistenten (%3)%4; verwenden Sie die ID des gemeinten.</translation>
    </message>
</context>
<context>
    <name>tw::BoundedFile</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>sie existiert nicht</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>larger than %1</source>
        <translation>größer als %1</translation>
    </message>
</context>
<context>
    <name>tw::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>tw::CaBundle</name>
    <message>
        <source>The CA certificate file %1 cannot be read (%2).</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate; give the CA certificate of your HTTPS proxy, in PEM or DER form.</source>
        <translation>Die Datei %1 enthält kein Zertifikat; geben Sie das CA-Zertifikat Ihres HTTPS-Proxys im PEM- oder DER-Format an.</translation>
    </message>
</context>
<context>
    <name>tw::CliAccountCommands</name>
    <message>
        <source>configure needs --domain and --apikey (use --apikey - to read the key from standard input).</source>
        <translation>configure braucht --domain und --apikey (mit --apikey - wird der Schlüssel von der Standardeingabe gelesen).</translation>
    </message>
    <message>
        <source>%1 domain %2; the key is in the keychain.</source>
        <translation>%1 Domain %2; der Schlüssel liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Cloudonix shows no inbound SIP host for it (no auto alias); give the trunk&apos;s gateway by hand.</source>
        <translation>Cloudonix zeigt dafür keinen eingehenden SIP-Host (kein Auto-Alias); geben Sie das Gateway des Trunks von Hand an.</translation>
    </message>
    <message>
        <source>Inbound SIP host: %1</source>
        <translation>Eingehender SIP-Host: %1</translation>
    </message>
    <message>
        <source>Only --provider vapi is supported.</source>
        <translation>Nur --provider vapi wird unterstützt.</translation>
    </message>
    <message>
        <source>To create or reuse the domain&apos;s trunk, give --domain too.</source>
        <translation>Um den Trunk der Domain anzulegen oder wiederzuverwenden, geben Sie auch --domain an.</translation>
    </message>
    <message>
        <source>The Vapi key works and is in the keychain.</source>
        <translation>Der Vapi-Schlüssel funktioniert und liegt im Schlüsselbund.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n domain(s) from %1, with %2.</source>
        <translation>
            <numerusform>%n Domain aus %1 importiert, mit %2.</numerusform>
            <numerusform>%n Domains aus %1 importiert, mit %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n Nummer</numerusform>
            <numerusform>%n Nummern</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored the key for %1 in the keychain.</source>
        <translation>Der Schlüssel für %1 wurde im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>delete needs --domain.</source>
        <translation>delete braucht --domain.</translation>
    </message>
    <message>
        <source>%1 is not configured.</source>
        <translation>%1 ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Note: the Cloudonix key of %1 could not be removed from the keychain: %2</source>
        <translation>Hinweis: Der Cloudonix-Schlüssel von %1 konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>%1 is forgotten, and its key removed from the keychain.</source>
        <translation>%1 ist vergessen und sein Schlüssel aus dem Schlüsselbund entfernt.</translation>
    </message>
</context>
<context>
    <name>tw::CliArguments</name>
    <message>
        <source>Unknown option %1; see trunkwizard-cli help.</source>
        <translation>Unbekannte Option %1; siehe trunkwizard-cli help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see trunkwizard-cli help.</source>
        <translation>Unerwartetes Argument „%1“; siehe trunkwizard-cli help.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>Unknown option --%1; see trunkwizard-cli help.</source>
        <translation>Unbekannte Option --%1; siehe trunkwizard-cli help.</translation>
    </message>
</context>
<context>
    <name>tw::CliCommand</name>
    <message>
        <source>%1 is not configured yet; run trunkwizard-cli configure --domain %1 --apikey - first.</source>
        <translation>%1 ist noch nicht eingerichtet; führen Sie zuerst trunkwizard-cli configure --domain %1 --apikey - aus.</translation>
    </message>
    <message>
        <source>run trunkwizard-cli configure --domain %1 --apikey -</source>
        <translation>führen Sie trunkwizard-cli configure --domain %1 --apikey - aus</translation>
    </message>
    <message>
        <source>run trunkwizard-cli service --provider vapi --apikey -</source>
        <translation>führen Sie trunkwizard-cli service --provider vapi --apikey - aus</translation>
    </message>
    <message>
        <source>This changes Cloudonix or Vapi and there is no terminal to ask on; run again with --yes after reading the plan.</source>
        <translation>Dies ändert Cloudonix oder Vapi, und es gibt kein Terminal für eine Rückfrage; lesen Sie den Plan und starten Sie dann erneut mit --yes.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Make these %n change(s)?</source>
        <translation>
            <numerusform>Diese %n Änderung vornehmen?</numerusform>
            <numerusform>Diese %n Änderungen vornehmen?</numerusform>
        </translation>
    </message>
    <message>
        <source>done:</source>
        <translation>erledigt:</translation>
    </message>
    <message>
        <source>failed:</source>
        <translation>fehlgeschlagen:</translation>
    </message>
    <message numerus="yes">
        <source>Taking back the %n change(s) this run made…</source>
        <translation>
            <numerusform>%n Änderung dieses Laufs wird zurückgenommen…</numerusform>
            <numerusform>%n Änderungen dieses Laufs werden zurückgenommen…</numerusform>
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
        <translation>Aufruf: trunkwizard-cli BEFEHL [Optionen]   (globale Optionen dürfen überall stehen)

Wie cx-vcc:
  configure --domain D --apikey K          Cloudonix-Schlüssel und Domain prüfen; Schlüssel im Schlüsselbund ablegen
  service --provider vapi --apikey K [--domain D [--name N] [--inbound-ip IP[/MASKE]]...]
                                           Vapi-Schlüssel ablegen; mit --domain den Trunk der Domain anlegen
                                           oder wiederverwenden (Standardname „Cloudonix D“; ausgehendes
                                           Host-Gateway + eingehende IP-Gateways)
  addnumber --domain D --provider vapi --number N [--number N...] [--file numbers.csv]
            [--assistant ID_ODER_NAME] [--mode trunk|sip-uri] [--number-region CC]
                                           (CC: das Land von Nummern, die ohne führendes + geschrieben sind)
  display [--domain D] [--remote]          was gespeichert ist (und mit --remote, was live ist)
  sync [--domain D] [--trunk ID]           Trunk und Nummern der Domain so festhalten, wie Vapi sie hat
                                           (keine Änderung bei Vapi)
  delete --domain D [--remote]             eine Domain vergessen; mit --remote zuerst Trunk und Nummern entfernen
Weitere:
  plan --file STATE.json                   zeigen, was ein apply ändern würde
  (--trunk ID bei service, addnumber, plan, apply und sync: diesen Vapi-Trunk verwenden, wenn mehrere
   zur Domain gehören könnten)
  apply --file STATE.json [--no-rollback]  umsetzen
  status --domain D                        Live-Zustand und Abweichungen vom zuletzt Angewendeten
  test-call --domain D --from NUMMER_ODER_ID --to NUMMER --assistant ID_ODER_NAME [--wait SEKUNDEN]
  teardown --domain D [--restore-cloudonix] Nummern entfernen, dann den Trunk (und die Domain-Einstellungen
                                           wiederherstellen)
  probe --domain D [--timeout SEKUNDEN]    antworten die Gateways des Trunks per SIP? (OPTIONS an jede Adresse)
  doctor --domain D [--timeout SEKUNDEN]   was falsch eingerichtet ist, jeweils mit Abhilfe (Exit 0: nichts gefunden)
  import-cxvcc [--file PFAD]               ~/.cx-vcc/config.yaml importieren; die Schlüssel wandern in den Schlüsselbund
  report --domain D|--all --format json|html|pdf|csv|md --output DATEI|-
                                           ein Konfigurationsbericht (Schlüssel nur als Fingerabdrücke)
  glossary [--term BEGRIFF]                SIP-Trunk, Gateway, Options-Ping, führendes Plus... in einfachen Worten

Globale Optionen: --config-dir ORDNER, --cloudonix-url URL, --vapi-url URL, --region us|eu, --json, --verbose,
  --sandbox (Cloudonix und Vapi auf diesem Computer simuliert), --yes (keine Rückfrage),
  --ca-file DATEI (CA-Zertifikate, PEM oder DER, zusätzlich zu denen des Systems: ein HTTPS prüfender Proxy),
  --lang en|de|es|fr|he (die Sprache der Meldungen; Standard: die der Einstellungen, sonst die des Systems),
  --help, --version.
Schlüssel: --apikey K (in der Prozessliste sichtbar) oder --apikey - (von der Standardeingabe) haben Vorrang vor
  TRUNKWIZARD_CLOUDONIX_KEY / TRUNKWIZARD_VAPI_KEY, die Vorrang vor dem Schlüsselbund haben.
Exit-Codes: 0 Erfolg, 1 ein entferntes System hat abgelehnt oder ein anderer Fehler, 2 ungültige Eingabe oder
  Aufruf, 3 Anmeldung fehlgeschlagen, 4 Netz nicht erreichbar, Zeitüberschreitung oder TLS-Fehler, 5 kein Schlüsselbund.
</translation>
    </message>
    <message>
        <source>--lang must be one of %1.</source>
        <translation>--lang muss eines von %1 sein.</translation>
    </message>
    <message>
        <source>--region must be us or eu.</source>
        <translation>--region muss us oder eu sein.</translation>
    </message>
    <message>
        <source>Unknown command %1; see trunkwizard-cli help.</source>
        <translation>Unbekannter Befehl %1; siehe trunkwizard-cli help.</translation>
    </message>
    <message>
        <source>Sandbox: nothing is sent to Cloudonix or Vapi (simulated at %1).</source>
        <translation>Sandbox: Nichts wird an Cloudonix oder Vapi gesendet (simuliert unter %1).</translation>
    </message>
</context>
<context>
    <name>tw::CliDiagnosticCommands</name>
    <message>
        <source>probe needs --domain.</source>
        <translation>probe braucht --domain.</translation>
    </message>
    <message>
        <source>No Vapi trunk is recorded for %1 (or no Vapi key is at hand): the domain&apos;s inbound SIP host was checked instead.</source>
        <translation>Für %1 ist kein Vapi-Trunk festgehalten (oder kein Vapi-Schlüssel zur Hand): Stattdessen wurde der eingehende SIP-Host der Domain geprüft.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 300.</source>
        <translation>--timeout nimmt eine Anzahl Sekunden von 1 bis 300.</translation>
    </message>
    <message>
        <source>doctor needs --domain.</source>
        <translation>doctor braucht --domain.</translation>
    </message>
</context>
<context>
    <name>tw::CliDomainView</name>
    <message>
        <source>  Inbound SIP host: %1</source>
        <translation>  Eingehender SIP-Host: %1</translation>
    </message>
    <message>
        <source>  Vapi trunk: none found</source>
        <translation>  Vapi-Trunk: keiner gefunden</translation>
    </message>
    <message>
        <source>  Vapi trunk: %1 %2</source>
        <translation>  Vapi-Trunk: %1 %2</translation>
    </message>
    <message>
        <source>    gateway %1/%2 inbound %3, outbound %4, options ping %5</source>
        <translation>    Gateway %1/%2 eingehend %3, ausgehend %4, Options-Ping %5</translation>
    </message>
    <message>
        <source>no assistant</source>
        <translation>kein Assistent</translation>
    </message>
    <message>
        <source>  Cloudonix: allow border-to-border %1, redirect unknown to border %2</source>
        <translation>  Cloudonix: Border-to-Border erlauben %1, Unbekannte an die Border umleiten %2</translation>
    </message>
    <message>
        <source>    outbound trunk &quot;%1&quot;: %2</source>
        <translation>    ausgehender Trunk „%1“: %2</translation>
    </message>
    <message>
        <source>  Drift:</source>
        <translation>  Abweichungen:</translation>
    </message>
    <message>
        <source>  No drift: everything is as last applied.</source>
        <translation>  Keine Abweichung: Alles ist wie zuletzt angewendet.</translation>
    </message>
    <message>
        <source>  Nothing applied with Trunk Wizard yet, so no drift to show.</source>
        <translation>  Noch nichts mit Trunk Wizard angewendet, also keine Abweichung zu zeigen.</translation>
    </message>
    <message>
        <source>  Vapi trunk: %1</source>
        <translation>  Vapi-Trunk: %1</translation>
    </message>
    <message>
        <source> (Vapi id %1)</source>
        <translation> (Vapi-ID %1)</translation>
    </message>
    <message>
        <source>Add the carrier&apos;s trunk: cloudonix.carrierTrunks in the desired state.</source>
        <translation>Fügen Sie den Trunk des Carriers hinzu: cloudonix.carrierTrunks im gewünschten Zustand.</translation>
    </message>
</context>
<context>
    <name>tw::CliKeys</name>
    <message>
        <source>The %1 API key is empty.</source>
        <translation>Der %1-API-Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>No %1 key is stored; %2 or set %3.</source>
        <translation>Es ist kein %1-Schlüssel gespeichert; %2 oder setzen Sie %3.</translation>
    </message>
    <message>
        <source> Nothing was saved.</source>
        <translation> Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>tw::CliNumberCommands</name>
    <message>
        <source>addnumber needs --domain.</source>
        <translation>addnumber braucht --domain.</translation>
    </message>
    <message>
        <source>Only --provider vapi is supported.</source>
        <translation>Nur --provider vapi wird unterstützt.</translation>
    </message>
    <message>
        <source>--mode must be trunk or sip-uri.</source>
        <translation>--mode muss trunk oder sip-uri sein.</translation>
    </message>
    <message>
        <source>The numbers file %1 cannot be read (%2); give a CSV or text file with one number per line.</source>
        <translation>Die Nummerndatei %1 kann nicht gelesen werden (%2); geben Sie eine CSV- oder Textdatei mit einer Nummer pro Zeile an.</translation>
    </message>
    <message>
        <source>addnumber needs --number (repeatable) or --file numbers.csv.</source>
        <translation>addnumber braucht --number (mehrfach möglich) oder --file numbers.csv.</translation>
    </message>
    <message>
        <source>%1: Vapi id %2</source>
        <translation>%1: Vapi-ID %2</translation>
    </message>
    <message>
        <source>%1 is not configured.</source>
        <translation>%1 ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Everything stored matches Vapi.</source>
        <translation>Alles Gespeicherte stimmt mit Vapi überein.</translation>
    </message>
    <message>
        <source>test-call needs --domain, --from, --to and --assistant.</source>
        <translation>test-call braucht --domain, --from, --to und --assistant.</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds.</source>
        <translation>--wait nimmt eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>Call status: %1</source>
        <translation>Anrufstatus: %1</translation>
    </message>
</context>
<context>
    <name>tw::CliStateCommands</name>
    <message>
        <source>%1 needs --file STATE.json.</source>
        <translation>%1 braucht --file STATE.json.</translation>
    </message>
    <message>
        <source>The desired state file %1 is larger than 16 MB, far more than any real state (10,000 numbers take about 1 MB); check that it is the right file.</source>
        <translation>Die Datei des Soll-Zustands %1 ist größer als 16 MB, weit mehr als jeder echte Zustand (10.000 Nummern brauchen etwa 1 MB); prüfen Sie, ob es die richtige Datei ist.</translation>
    </message>
    <message>
        <source>The desired state file %1 cannot be read (%2).</source>
        <translation>Die Datei des Soll-Zustands %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The desired state file %1 is not a JSON object (%2 at offset %3).</source>
        <translation>Die Datei des Soll-Zustands %1 ist kein JSON-Objekt (%2 an Position %3).</translation>
    </message>
    <message>
        <source>The desired state file %1 gives &quot;%2&quot; twice; keep the one you mean.</source>
        <translation>Die Datei des Soll-Zustands %1 enthält „%2“ zweimal; behalten Sie den gemeinten Eintrag.</translation>
    </message>
    <message>
        <source>teardown needs --domain.</source>
        <translation>teardown braucht --domain.</translation>
    </message>
</context>
<context>
    <name>tw::CliViewCommands</name>
    <message>
        <source>%1 is not configured; run trunkwizard-cli configure first.</source>
        <translation>%1 ist nicht eingerichtet; führen Sie zuerst trunkwizard-cli configure aus.</translation>
    </message>
    <message>
        <source>No domain is configured yet.</source>
        <translation>Es ist noch keine Domain eingerichtet.</translation>
    </message>
    <message>
        <source>report needs --domain D or --all, --format json|html|pdf|csv|md and --output FILE (- for standard output, except for pdf).</source>
        <translation>report braucht --domain D oder --all, --format json|html|pdf|csv|md und --output DATEI (- für die Standardausgabe, außer bei pdf).</translation>
    </message>
    <message>
        <source>%1 is not configured.</source>
        <translation>%1 ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Report %1 written to %2.</source>
        <translation>Bericht %1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>The report could not be written to %1 (%2).</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Report %1 written to %2 (%n domain(s)).</source>
        <translation>
            <numerusform>Bericht %1 nach %2 geschrieben (%n Domain).</numerusform>
            <numerusform>Bericht %1 nach %2 geschrieben (%n Domains).</numerusform>
        </translation>
    </message>
    <message>
        <source>status needs --domain.</source>
        <translation>status braucht --domain.</translation>
    </message>
    <message>
        <source>There is no term %1; the glossary has %2.</source>
        <translation>Es gibt keinen Begriff %1; das Glossar enthält %2.</translation>
    </message>
</context>
<context>
    <name>tw::CloudonixAccountPage</name>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Connect your Cloudonix domain</source>
        <translation>Ihre Cloudonix-Domain verbinden</translation>
    </message>
    <message>
        <source>Trunk Wizard reads the domain&apos;s inbound SIP address from Cloudonix; nothing is changed yet.</source>
        <translation>Trunk Wizard liest die eingehende SIP-Adresse der Domain bei Cloudonix; noch wird nichts geändert.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>acme.cloudonix.net</source>
        <translation>acme.cloudonix.net</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>The Cloudonix domain&apos;s name, as the Cloudonix cockpit shows it.</source>
        <translation>Der Name der Cloudonix-Domain, wie ihn das Cloudonix Cockpit zeigt.</translation>
    </message>
    <message>
        <source>Cloudonix &amp;API key:</source>
        <translation>Cloudonix-&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>A customer key or this domain&apos;s key. It is kept in your system keychain only.</source>
        <translation>Ein Kundenschlüssel oder der Schlüssel dieser Domain. Er wird nur im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Checking with Cloudonix…</source>
        <translation>Prüfung bei Cloudonix…</translation>
    </message>
    <message>
        <source>Inbound SIP host</source>
        <translation>Eingehender SIP-Host</translation>
    </message>
    <message>
        <source>none: the domain has no auto alias</source>
        <translation>keiner: Die Domain hat keinen Auto-Alias</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Allow border-to-border calls</source>
        <translation>Border-to-Border-Anrufe erlauben</translation>
    </message>
    <message>
        <source>Redirect unknown destination to border</source>
        <translation>Unbekannte Ziele an die Border umleiten</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>this domain&apos;s key</source>
        <translation>Schlüssel dieser Domain</translation>
    </message>
    <message>
        <source>customer key</source>
        <translation>Kundenschlüssel</translation>
    </message>
</context>
<context>
    <name>tw::ConfigStore</name>
    <message>
        <source>The settings folder %1 belongs to another user; Trunk Wizard uses only a folder of your own. Choose another one (TRUNKWIZARD_CONFIG_DIR or --config-dir).</source>
        <translation>Der Einstellungsordner %1 gehört einem anderen Benutzer; Trunk Wizard verwendet nur einen eigenen Ordner. Wählen Sie einen anderen (TRUNKWIZARD_CONFIG_DIR oder --config-dir).</translation>
    </message>
    <message>
        <source>The settings folder %1 is open to other users and its permissions could not be tightened; make it private (chmod 700) and try again.</source>
        <translation>Der Einstellungsordner %1 ist für andere Benutzer offen, und seine Rechte konnten nicht eingeschränkt werden; machen Sie ihn privat (chmod 700) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The settings folder %1 was open to other users; it is now private to you.</source>
        <translation>Der Einstellungsordner %1 war für andere Benutzer offen; er ist jetzt nur für Sie zugänglich.</translation>
    </message>
    <message>
        <source>The settings file %1 is larger than 64 MB, far more than Trunk Wizard ever writes; move it away and start again. It was not changed.</source>
        <translation>Die Einstellungsdatei %1 ist größer als 64 MB, weit mehr, als Trunk Wizard je schreibt; verschieben Sie sie und starten Sie neu. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read (%2); fix its permissions and start again. It was not changed.</source>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen werden (%2); korrigieren Sie ihre Rechte und starten Sie neu. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be set aside; move it away by hand and start again.</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt und konnte nicht beiseitegelegt werden; verschieben Sie sie von Hand und starten Sie neu.</translation>
    </message>
    <message>
        <source>The settings file was damaged, so Trunk Wizard kept it as %1 and started with empty settings; your records and your API keys in the keychain are untouched.</source>
        <translation>Die Einstellungsdatei war beschädigt; Trunk Wizard hat sie als %1 aufbewahrt und mit leeren Einstellungen begonnen. Ihre Aufzeichnungen und Ihre API-Schlüssel im Schlüsselbund sind unberührt.</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer Trunk Wizard (format %2; this version reads up to %3); update Trunk Wizard. The file was left unchanged.</source>
        <translation>Die Einstellungsdatei %1 wurde von einem neueren Trunk Wizard geschrieben (Format %2; diese Version liest bis %3); aktualisieren Sie Trunk Wizard. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be copied before its upgrade; check the disk, then start again.</source>
        <translation>Die Einstellungsdatei %1 konnte vor ihrer Aktualisierung nicht kopiert werden; prüfen Sie den Datenträger und starten Sie dann neu.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written (%2); check the disk and its permissions.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden (%2); prüfen Sie den Datenträger und seine Rechte.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be saved (%2); the previous version is intact. Free some disk space or check the folder&apos;s permissions, then try again.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gespeichert werden (%2); die vorige Fassung ist unversehrt. Schaffen Sie Platz auf dem Datenträger oder prüfen Sie die Rechte des Ordners und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be saved (%2); the previous version is intact.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gespeichert werden (%2); die vorige Fassung ist unversehrt.</translation>
    </message>
    <message>
        <source>The settings folder %1 could not be created; check that the disk is writable.</source>
        <translation>Der Einstellungsordner %1 konnte nicht angelegt werden; prüfen Sie, ob der Datenträger beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>tw::CoreContext</name>
    <message>
        <source>Cloudonix address: %1</source>
        <translation>Cloudonix-Adresse: %1</translation>
    </message>
    <message>
        <source>Vapi address: %1</source>
        <translation>Vapi-Adresse: %1</translation>
    </message>
</context>
<context>
    <name>tw::CxVccImporter</name>
    <message>
        <source>No cx-vcc configuration was found at %1; give the path of its config.yaml.</source>
        <translation>Unter %1 wurde keine cx-vcc-Konfiguration gefunden; geben Sie den Pfad ihrer config.yaml an.</translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 is larger than 4 MB, far more than any cx-vcc configuration; check that it is the right file. Nothing was imported.</source>
        <translation>Die cx-vcc-Konfiguration %1 ist größer als 4 MB, weit mehr als jede cx-vcc-Konfiguration; prüfen Sie, ob es die richtige Datei ist. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 cannot be read (%2).</source>
        <translation>Die cx-vcc-Konfiguration %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 is not valid YAML (line %2, column %3); nothing was imported.</source>
        <translation>Die cx-vcc-Konfiguration %1 ist kein gültiges YAML (Zeile %2, Spalte %3); es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 does not have the expected layout; nothing was imported.</source>
        <translation>Die cx-vcc-Konfiguration %1 hat nicht den erwarteten Aufbau; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>An entry without a usable domain name was skipped.</source>
        <translation>Ein Eintrag ohne verwendbaren Domainnamen wurde übersprungen.</translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 has an unexpected entry (line %2); nothing was imported.</source>
        <translation>Die cx-vcc-Konfiguration %1 enthält einen unerwarteten Eintrag (Zeile %2); es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 holds no domain and no Vapi key; nothing was imported.</source>
        <translation>Die cx-vcc-Konfiguration %1 enthält weder eine Domain noch einen Vapi-Schlüssel; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: cx-vcc names trunk %2 but Trunk Wizard already manages trunk %3; kept %3.</source>
        <translation>%1: cx-vcc nennt den Trunk %2, aber Trunk Wizard verwaltet bereits den Trunk %3; %3 wurde behalten.</translation>
    </message>
    <message>
        <source>%1: number %2 was skipped: %3</source>
        <translation>%1: Nummer %2 wurde übersprungen: %3</translation>
    </message>
    <message>
        <source>%1: cx-vcc stored no Cloudonix key; enter it when you first use the domain.</source>
        <translation>%1: cx-vcc hat keinen Cloudonix-Schlüssel gespeichert; geben Sie ihn ein, wenn Sie die Domain zum ersten Mal verwenden.</translation>
    </message>
    <message>
        <source>%1 still holds the API keys in plain text; delete the file (or its apiKey lines) once you no longer use cx-vcc. Trunk Wizard did not change it.</source>
        <translation>%1 enthält die API-Schlüssel noch im Klartext; löschen Sie die Datei (oder ihre apiKey-Zeilen), sobald Sie cx-vcc nicht mehr verwenden. Trunk Wizard hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>No keychain is available, so nothing was imported.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The key for %1 could not be stored in the keychain, so nothing was imported: %2</source>
        <translation>Der Schlüssel für %1 konnte nicht im Schlüsselbund gespeichert werden, daher wurde nichts importiert: %2</translation>
    </message>
</context>
<context>
    <name>tw::DashboardView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Edit in the wizard…</source>
        <translation>Im Assistenten bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;Beheben…</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Fix a&amp;ll…</source>
        <translation>Alle beheb&amp;en…</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Alle übernehmen</translation>
    </message>
    <message>
        <source>&amp;Tear down…</source>
        <translation>Abba&amp;uen…</translation>
    </message>
    <message>
        <source>Re&amp;port…</source>
        <translation>Beri&amp;cht…</translation>
    </message>
    <message>
        <source>A&amp;dd numbers…</source>
        <translation>&amp;Nummern hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Edit in the wizard…</source>
        <translation>Im Assistenten bearbeiten…</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Beheben…</translation>
    </message>
    <message>
        <source>Put the selected finding back as Trunk Wizard last applied it (shows the change first)</source>
        <translation>Den gewählten Befund so zurücksetzen, wie Trunk Wizard ihn zuletzt angewendet hat (zeigt die Änderung vorher)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Keep the selected finding as it is now: it becomes what is wanted</source>
        <translation>Den gewählten Befund so lassen, wie er jetzt ist: Er wird zum gewünschten Zustand</translation>
    </message>
    <message>
        <source>Fix all…</source>
        <translation>Alle beheben…</translation>
    </message>
    <message>
        <source>Apply again everything Trunk Wizard last applied (shows the changes first)</source>
        <translation>Alles erneut anwenden, was Trunk Wizard zuletzt angewendet hat (zeigt die Änderungen vorher)</translation>
    </message>
    <message>
        <source>Make what Cloudonix and Vapi hold now the wanted state</source>
        <translation>Das, was Cloudonix und Vapi jetzt enthalten, zum gewünschten Zustand machen</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Numbers of the domain</source>
        <translation>Nummern der Domain</translation>
    </message>
    <message>
        <source>Filter numbers, ids, assistants…</source>
        <translation>Nummern, IDs, Assistenten filtern…</translation>
    </message>
    <message>
        <source>Filter numbers</source>
        <translation>Nummern filtern</translation>
    </message>
    <message>
        <source>What needs a look</source>
        <translation>Was Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <source>Test call…</source>
        <translation>Testanruf…</translation>
    </message>
    <message>
        <source>Last test calls</source>
        <translation>Letzte Testanrufe</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Bericht…</translation>
    </message>
    <message>
        <source>A configuration report of every domain, previewed before it is saved</source>
        <translation>Ein Konfigurationsbericht aller Domains, vor dem Speichern als Vorschau gezeigt</translation>
    </message>
    <message>
        <source>The assistant that answers the selected numbers</source>
        <translation>Der Assistent, der die gewählten Nummern annimmt</translation>
    </message>
    <message>
        <source>Remove the selected numbers from Vapi (shows the changes first)</source>
        <translation>Die gewählten Nummern aus Vapi entfernen (zeigt die Änderungen vorher)</translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation>Automatisch aktualisieren: aus</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Alle 5 Minuten</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>Automatisch aktualisieren</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>No domain is configured yet.</source>
        <translation>Es ist noch keine Domain eingerichtet.</translation>
    </message>
    <message>
        <source>No domain selected</source>
        <translation>Keine Domain gewählt</translation>
    </message>
    <message>
        <source>Set up a domain… connects a Cloudonix domain to Vapi, step by step.</source>
        <translation>„Domain einrichten…“ verbindet eine Cloudonix-Domain Schritt für Schritt mit Vapi.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Refresh reads what Cloudonix and Vapi hold now.</source>
        <translation>„Aktualisieren“ liest, was Cloudonix und Vapi jetzt enthalten.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Nothing: everything is as last applied.</source>
        <translation>Nichts: Alles ist wie zuletzt angewendet.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n domain(s) with Cloudonix and Vapi…</source>
        <translation>
            <numerusform>%n Domain wird bei Cloudonix und Vapi geprüft…</numerusform>
            <numerusform>%n Domains werden bei Cloudonix und Vapi geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 → %3: %4</source>
        <translation>%1 — %2 → %3: %4</translation>
    </message>
    <message>
        <source>None yet: Test call… places one through the trunk.</source>
        <translation>Noch keiner: „Testanruf…“ führt einen über den Trunk.</translation>
    </message>
    <message>
        <source>Reading what Trunk Wizard made for %1…</source>
        <translation>Es wird gelesen, was Trunk Wizard für %1 erstellt hat…</translation>
    </message>
    <message>
        <source>Tear down %1? This removes what Trunk Wizard made and puts the domain settings back:</source>
        <translation>%1 abbauen? Dies entfernt, was Trunk Wizard erstellt hat, und setzt die Domain-Einstellungen zurück:</translation>
    </message>
    <message>
        <source>Reading %1 to plan the fix…</source>
        <translation>%1 wird gelesen, um die Behebung zu planen…</translation>
    </message>
    <message>
        <source>Put this back as Trunk Wizard last applied it to %1?
%2</source>
        <translation>Dies so zurücksetzen, wie Trunk Wizard es zuletzt auf %1 angewendet hat?
%2</translation>
    </message>
    <message>
        <source>Apply again what Trunk Wizard last applied to %1? These changes will be made:</source>
        <translation>Erneut anwenden, was Trunk Wizard zuletzt auf %1 angewendet hat? Diese Änderungen werden vorgenommen:</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Making the current state of %1 the wanted state would still change this:</source>
        <translation>Den aktuellen Zustand von %1 zum gewünschten zu machen, würde noch Folgendes ändern:</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n number(s) from %1?</source>
        <translation>
            <numerusform>%n Nummer aus %1 entfernen?</numerusform>
            <numerusform>%n Nummern aus %1 entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n number(s) to %1?</source>
        <translation>
            <numerusform>%n Nummer zu %1 hinzufügen?</numerusform>
            <numerusform>%n Nummern zu %1 hinzufügen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the assistant of %n number(s) of %1?</source>
        <translation>
            <numerusform>Den Assistenten von %n Nummer von %1 ändern?</numerusform>
            <numerusform>Den Assistenten von %n Nummern von %1 ändern?</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 again…</source>
        <translation>%1 wird erneut geprüft…</translation>
    </message>
    <message>
        <source>Test c&amp;all…</source>
        <translation>&amp;Testanruf…</translation>
    </message>
    <message>
        <source>Change ass&amp;istant…</source>
        <translation>Assi&amp;stent ändern…</translation>
    </message>
    <message>
        <source>Add the carrier&apos;s trunk: %1.</source>
        <translation>Fügen Sie den Trunk des Carriers hinzu: %1.</translation>
    </message>
</context>
<context>
    <name>tw::DesiredState</name>
    <message>
        <source>%1.%2 must be a whole number.</source>
        <translation>%1.%2 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>The carrier trunk needs a name (%1.name).</source>
        <translation>Der Carrier-Trunk braucht einen Namen (%1.name).</translation>
    </message>
    <message>
        <source>%1.host must be the carrier&apos;s host name or IPv4 address, not &quot;%2&quot;.</source>
        <translation>%1.host muss der Hostname oder die IPv4-Adresse des Carriers sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1.port must be between 1 and 65535.</source>
        <translation>%1.port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>%1.transport must be udp, tcp or tls, not &quot;%2&quot;.</source>
        <translation>%1.transport muss udp, tcp oder tls sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>cloudonix.%1 must be true or false.</source>
        <translation>cloudonix.%1 muss true oder false sein.</translation>
    </message>
    <message>
        <source>%1 must be an object with name and host.</source>
        <translation>%1 muss ein Objekt mit name und host sein.</translation>
    </message>
    <message>
        <source>cloudonix.carrierTrunks must be a list of trunks.</source>
        <translation>cloudonix.carrierTrunks muss eine Liste von Trunks sein.</translation>
    </message>
    <message>
        <source>%1.mode must be &quot;trunk&quot; or &quot;sip-uri&quot;, not &quot;%2&quot;.</source>
        <translation>%1.mode muss „trunk“ oder „sip-uri“ sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>&quot;numbers&quot; must be a list.</source>
        <translation>„numbers“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>The Cloudonix domain is missing (&quot;domain&quot;, for example &quot;acme.cloudonix.net&quot;).</source>
        <translation>Die Cloudonix-Domain fehlt („domain“, zum Beispiel „acme.cloudonix.net“).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Cloudonix domain name.</source>
        <translation>„%1“ ist kein Cloudonix-Domainname.</translation>
    </message>
    <message>
        <source>vapiRegion must be &quot;us&quot; or &quot;eu&quot;, not &quot;%1&quot;.</source>
        <translation>vapiRegion muss „us“ oder „eu“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Trunk name: %1</source>
        <translation>Trunk-Name: %1</translation>
    </message>
    <message>
        <source>Trunk gateway: %1</source>
        <translation>Trunk-Gateway: %1</translation>
    </message>
    <message>
        <source>Inbound gateway: %1</source>
        <translation>Eingehendes Gateway: %1</translation>
    </message>
    <message>
        <source>Inbound gateway &quot;%1&quot; is a host name; Vapi matches inbound calls on IPv4 addresses only.</source>
        <translation>Das eingehende Gateway „%1“ ist ein Hostname; Vapi ordnet eingehende Anrufe nur nach IPv4-Adressen zu.</translation>
    </message>
    <message>
        <source>Trunk port: %1</source>
        <translation>Trunk-Port: %1</translation>
    </message>
    <message>
        <source>trunk.transport must be udp, tcp, tls or tls/srtp, not &quot;%1&quot;.</source>
        <translation>trunk.transport muss udp, tcp, tls oder tls/srtp sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The trunk allows neither inbound nor outbound calls; turn on at least one.</source>
        <translation>Der Trunk erlaubt weder eingehende noch ausgehende Anrufe; schalten Sie mindestens eines ein.</translation>
    </message>
    <message>
        <source>cloudonix.cxmlUrl &quot;%1&quot; is not an http(s) address.</source>
        <translation>cloudonix.cxmlUrl „%1“ ist keine http(s)-Adresse.</translation>
    </message>
    <message>
        <source>cloudonix.applicationName is empty.</source>
        <translation>cloudonix.applicationName ist leer.</translation>
    </message>
    <message>
        <source>cloudonix.cxmlMethod must be GET or POST.</source>
        <translation>cloudonix.cxmlMethod muss GET oder POST sein.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Number %1: %2</source>
        <translation>Nummer %1: %2</translation>
    </message>
    <message>
        <source>Two carrier trunks are named &quot;%1&quot;; names must differ.</source>
        <translation>Zwei Carrier-Trunks heißen „%1“; die Namen müssen sich unterscheiden.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 muss true oder false sein.</translation>
    </message>
    <message>
        <source>trunk.gatewayMode must be &quot;split&quot; or &quot;single&quot;, not &quot;%1&quot;.</source>
        <translation>trunk.gatewayMode muss „split“ oder „single“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>trunk.port must be a whole number.</source>
        <translation>trunk.port muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>trunk.transport must be udp, tcp, tls or tls/srtp.</source>
        <translation>trunk.transport muss udp, tcp, tls oder tls/srtp sein.</translation>
    </message>
    <message>
        <source>trunk.inboundGateways must be a list of IPv4 addresses.</source>
        <translation>trunk.inboundGateways muss eine Liste von IPv4-Adressen sein.</translation>
    </message>
</context>
<context>
    <name>tw::DnsHostResolver</name>
    <message>
        <source>DNS lookup of %1 failed: %2</source>
        <translation>DNS-Abfrage von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 has no IPv4 address</source>
        <translation>%1 hat keine IPv4-Adresse</translation>
    </message>
</context>
<context>
    <name>tw::DoctorOperation</name>
    <message>
        <source>%1 is not set up on this computer: run the wizard (or trunkwizard-cli apply) first, or name the domain as it was set up.</source>
        <translation>%1 ist auf diesem Computer nicht eingerichtet: Führen Sie zuerst den Assistenten (oder trunkwizard-cli apply) aus, oder nennen Sie die Domain so, wie sie eingerichtet wurde.</translation>
    </message>
    <message>
        <source>Reading %1 from Cloudonix and Vapi, and asking its gateways over SIP…</source>
        <translation>%1 wird bei Cloudonix und Vapi gelesen, und seine Gateways werden per SIP gefragt…</translation>
    </message>
</context>
<context>
    <name>tw::DoctorReport</name>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No problem found: the trunk, the numbers, the Cloudonix settings and the gateways look right.</source>
        <translation>Kein Problem gefunden: Trunk, Nummern, Cloudonix-Einstellungen und Gateways sehen richtig aus.</translation>
    </message>
    <message>
        <source>1 problem found.</source>
        <translation>1 Problem gefunden.</translation>
    </message>
    <message>
        <source>%1 problems found.</source>
        <translation>%1 Probleme gefunden.</translation>
    </message>
</context>
<context>
    <name>tw::DomainCards</name>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Cloudonix</source>
        <translation>Cloudonix</translation>
    </message>
    <message>
        <source>Vapi</source>
        <translation>Vapi</translation>
    </message>
    <message>
        <source>Inbound SIP host</source>
        <translation>Eingehender SIP-Host</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Allow border-to-border calls</source>
        <translation>Border-to-Border-Anrufe erlauben</translation>
    </message>
    <message>
        <source>Redirect unknown destination to border</source>
        <translation>Unbekannte Ziele an die Border umleiten</translation>
    </message>
    <message>
        <source>Outbound trunks</source>
        <translation>Ausgehende Trunks</translation>
    </message>
    <message>
        <source>⚠ none</source>
        <translation>⚠ keine</translation>
    </message>
    <message>
        <source>SIP trunk</source>
        <translation>SIP-Trunk</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>options ping</source>
        <translation>Options-Ping</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <source>Leading plus for outbound calls</source>
        <translation>Führendes Plus für ausgehende Anrufe</translation>
    </message>
</context>
<context>
    <name>tw::DomainChangeFlow</name>
    <message>
        <source>Trunk Wizard</source>
        <translation>Trunk Wizard</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n change(s)</source>
        <translation>
            <numerusform>%n Änderung &amp;anwenden</numerusform>
            <numerusform>%n Änderungen &amp;anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying to %1…</source>
        <translation>Wird auf %1 angewendet…</translation>
    </message>
</context>
<context>
    <name>tw::DomainListModel</name>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>working</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>changed outside Trunk Wizard</source>
        <translation>außerhalb von Trunk Wizard geändert</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>konnte nicht geprüft werden</translation>
    </message>
</context>
<context>
    <name>tw::DomainLock</name>
    <message>
        <source>Trunk Wizard could not take the lock of %1 in %2; check that the settings folder is writable.</source>
        <translation>Trunk Wizard konnte die Sperre für %1 in %2 nicht setzen; prüfen Sie, ob der Einstellungsordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Another change to %1 is in progress (process %2, started %3); nothing was changed. Try again when it has finished.</source>
        <translation>Eine andere Änderung an %1 läuft gerade (Prozess %2, gestartet %3); es wurde nichts geändert. Versuchen Sie es erneut, wenn sie beendet ist.</translation>
    </message>
</context>
<context>
    <name>tw::DomainNumbersModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Vapi SIP URI</source>
        <translation>Vapi-SIP-URI</translation>
    </message>
    <message>
        <source>On the trunk</source>
        <translation>Auf dem Trunk</translation>
    </message>
    <message>
        <source>⚠ changed</source>
        <translation>⚠ geändert</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Vapi id</source>
        <translation>Vapi-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Abweichung</translation>
    </message>
</context>
<context>
    <name>tw::DomainStatus</name>
    <message>
        <source>The trunk &quot;%1&quot; was %2; Trunk Wizard has not recorded it yet (sync records it).</source>
        <translation>Der Trunk „%1“ wurde %2; Trunk Wizard hat ihn noch nicht festgehalten (sync hält ihn fest).</translation>
    </message>
    <message>
        <source> (now: %1)</source>
        <translation> (jetzt: %1)</translation>
    </message>
    <message>
        <source>Number %1 (%2) no longer exists in Vapi.</source>
        <translation>Die Nummer %1 (%2) existiert in Vapi nicht mehr.</translation>
    </message>
    <message>
        <source>The Cloudonix domain has no outbound trunk, so Vapi&apos;s outbound calls have nowhere to go.</source>
        <translation>Die Cloudonix-Domain hat keinen ausgehenden Trunk, daher können die ausgehenden Anrufe von Vapi nirgendwohin.</translation>
    </message>
</context>
<context>
    <name>tw::EndedReasonExplainer</name>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>the trunk settings</source>
        <translation>die Trunk-Einstellungen</translation>
    </message>
    <message>
        <source>the carrier</source>
        <translation>der Carrier</translation>
    </message>
    <message>
        <source>the called party</source>
        <translation>der Angerufene</translation>
    </message>
    <message>
        <source>the assistant</source>
        <translation>der Assistent</translation>
    </message>
    <message>
        <source>Cloudonix asked Vapi to authenticate (SIP %1).</source>
        <translation>Cloudonix hat Vapi zur Authentifizierung aufgefordert (SIP %1).</translation>
    </message>
    <message>
        <source>Cloudonix should accept Vapi by the domain&apos;s alias: check the gateway host name, and remove any outbound authentication from the trunk.</source>
        <translation>Cloudonix sollte Vapi über den Alias der Domain annehmen: Prüfen Sie den Hostnamen des Gateways und entfernen Sie jede ausgehende Authentifizierung vom Trunk.</translation>
    </message>
    <message>
        <source>Cloudonix refused the call from Vapi (SIP 403 Forbidden).</source>
        <translation>Cloudonix hat den Anruf von Vapi abgewiesen (SIP 403 Forbidden).</translation>
    </message>
    <message>
        <source>Check that the trunk&apos;s outbound gateway is the domain&apos;s inbound SIP host and that &quot;Allow border-to-border calls&quot; is on for the domain.</source>
        <translation>Prüfen Sie, ob das ausgehende Gateway des Trunks der eingehende SIP-Host der Domain ist und ob „Border-to-Border-Anrufe erlauben“ für die Domain eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Cloudonix did not know where to send the dialled number (SIP %1).</source>
        <translation>Cloudonix wusste nicht, wohin die gewählte Nummer gehen soll (SIP %1).</translation>
    </message>
    <message>
        <source>Turn on &quot;Redirect unknown destination to border&quot;, and check the outbound carrier trunk and the number format (leading plus).</source>
        <translation>Schalten Sie „Unbekannte Ziele an die Border umleiten“ ein und prüfen Sie den ausgehenden Carrier-Trunk und das Nummernformat (führendes Plus).</translation>
    </message>
    <message>
        <source>Vapi had no answer from Cloudonix over SIP (SIP 408).</source>
        <translation>Vapi hat von Cloudonix keine SIP-Antwort erhalten (SIP 408).</translation>
    </message>
    <message>
        <source>Check the gateway host, port and transport, and any firewall between Vapi and Cloudonix; the SIP probe shows whether the gateway answers.</source>
        <translation>Prüfen Sie Host, Port und Transport des Gateways und jede Firewall zwischen Vapi und Cloudonix; die SIP-Prüfung zeigt, ob das Gateway antwortet.</translation>
    </message>
    <message>
        <source>The called number was not reachable just now (SIP 480).</source>
        <translation>Die angerufene Nummer war gerade nicht erreichbar (SIP 480).</translation>
    </message>
    <message>
        <source>The trunk works as far as the carrier; try again, or call another number.</source>
        <translation>Der Trunk funktioniert bis zum Carrier; versuchen Sie es erneut oder rufen Sie eine andere Nummer an.</translation>
    </message>
    <message>
        <source>The called number was busy (SIP %1).</source>
        <translation>Die angerufene Nummer war besetzt (SIP %1).</translation>
    </message>
    <message>
        <source>The trunk works; try again later.</source>
        <translation>Der Trunk funktioniert; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The call was cancelled before it was answered (SIP 487).</source>
        <translation>Der Anruf wurde abgebrochen, bevor er angenommen wurde (SIP 487).</translation>
    </message>
    <message>
        <source>The trunk works; place the call again and pick up.</source>
        <translation>Der Trunk funktioniert; rufen Sie erneut an und nehmen Sie ab.</translation>
    </message>
    <message>
        <source>The call failed on media negotiation (SIP %1: codecs or encryption).</source>
        <translation>Der Anruf scheiterte an der Medienaushandlung (SIP %1: Codecs oder Verschlüsselung).</translation>
    </message>
    <message>
        <source>Check the trunk&apos;s transport and the carrier&apos;s codecs.</source>
        <translation>Prüfen Sie den Transport des Trunks und die Codecs des Carriers.</translation>
    </message>
    <message>
        <source>The called party declined the call (SIP 603).</source>
        <translation>Der Angerufene hat den Anruf abgelehnt (SIP 603).</translation>
    </message>
    <message>
        <source>The trunk works; call a phone that will answer.</source>
        <translation>Der Trunk funktioniert; rufen Sie ein Telefon an, das abnimmt.</translation>
    </message>
    <message>
        <source>Cloudonix or its carrier could not take the call (SIP %1).</source>
        <translation>Cloudonix oder sein Carrier konnte den Anruf nicht übernehmen (SIP %1).</translation>
    </message>
    <message>
        <source>Check the domain&apos;s outbound carrier trunk, then try again.</source>
        <translation>Prüfen Sie den ausgehenden Carrier-Trunk der Domain und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The SIP side refused the call (SIP %1: %2).</source>
        <translation>Die SIP-Seite hat den Anruf abgewiesen (SIP %1: %2).</translation>
    </message>
    <message>
        <source>Check the domain&apos;s settings and its carrier trunk in the Cloudonix console.</source>
        <translation>Prüfen Sie die Einstellungen der Domain und ihren Carrier-Trunk in der Cloudonix-Konsole.</translation>
    </message>
    <message>
        <source>Vapi ended the call without giving a reason.</source>
        <translation>Vapi hat den Anruf ohne Angabe eines Grundes beendet.</translation>
    </message>
    <message>
        <source>Open the call in Vapi&apos;s call log for its details.</source>
        <translation>Öffnen Sie den Anruf im Anrufprotokoll von Vapi, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>The call connected through the trunk and ended normally: the trunk works.</source>
        <translation>Der Anruf lief über den Trunk und endete normal: Der Trunk funktioniert.</translation>
    </message>
    <message>
        <source>The call reached the number and rang, but nobody answered.</source>
        <translation>Der Anruf erreichte die Nummer und klingelte, aber niemand nahm ab.</translation>
    </message>
    <message>
        <source>The trunk works; try again and pick up.</source>
        <translation>Der Trunk funktioniert; versuchen Sie es erneut und nehmen Sie ab.</translation>
    </message>
    <message>
        <source>The called number was busy.</source>
        <translation>Die angerufene Nummer war besetzt.</translation>
    </message>
    <message>
        <source>The caller hung up before the assistant answered.</source>
        <translation>Der Anrufer hat aufgelegt, bevor der Assistent antwortete.</translation>
    </message>
    <message>
        <source>The trunk works; call again and wait for the assistant.</source>
        <translation>Der Trunk funktioniert; rufen Sie erneut an und warten Sie auf den Assistenten.</translation>
    </message>
    <message>
        <source>The number dialled does not exist, as the phone network reports.</source>
        <translation>Die gewählte Nummer existiert laut Telefonnetz nicht.</translation>
    </message>
    <message>
        <source>Check the number you called.</source>
        <translation>Prüfen Sie die angerufene Nummer.</translation>
    </message>
    <message>
        <source>The web caller did not allow the microphone.</source>
        <translation>Der Web-Anrufer hat das Mikrofon nicht erlaubt.</translation>
    </message>
    <message>
        <source>This is a web call, not a call through the trunk; allow the microphone and try again.</source>
        <translation>Dies ist ein Web-Anruf, kein Anruf über den Trunk; erlauben Sie das Mikrofon und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The call was cancelled or deleted before it ended by itself.</source>
        <translation>Der Anruf wurde abgebrochen oder gelöscht, bevor er von selbst endete.</translation>
    </message>
    <message>
        <source>Place the call again if you still need it.</source>
        <translation>Führen Sie den Anruf erneut, wenn Sie ihn noch brauchen.</translation>
    </message>
    <message>
        <source>Vapi did not accept the call that Cloudonix sent it.</source>
        <translation>Vapi hat den Anruf, den Cloudonix geschickt hat, nicht angenommen.</translation>
    </message>
    <message>
        <source>Check that Cloudonix&apos;s addresses are the trunk&apos;s inbound gateways, and that the number is on the trunk in Vapi.</source>
        <translation>Prüfen Sie, ob die Adressen von Cloudonix die eingehenden Gateways des Trunks sind und ob die Nummer in Vapi auf dem Trunk liegt.</translation>
    </message>
    <message>
        <source>Vapi could not reach Cloudonix over SIP.</source>
        <translation>Vapi konnte Cloudonix per SIP nicht erreichen.</translation>
    </message>
    <message>
        <source>Check the gateway host, port and transport, and any firewall between them; the SIP probe shows whether the gateway answers.</source>
        <translation>Prüfen Sie Host, Port und Transport des Gateways und jede Firewall dazwischen; die SIP-Prüfung zeigt, ob das Gateway antwortet.</translation>
    </message>
    <message>
        <source>The call connected, but no sound reached the assistant.</source>
        <translation>Der Anruf war verbunden, aber beim Assistenten kam kein Ton an.</translation>
    </message>
    <message>
        <source>Check that media (RTP) can flow between Cloudonix and Vapi: firewalls and NAT, and the codecs of the carrier.</source>
        <translation>Prüfen Sie, ob Medien (RTP) zwischen Cloudonix und Vapi fließen können: Firewalls und NAT sowie die Codecs des Carriers.</translation>
    </message>
    <message>
        <source>Vapi cannot call out from this number: a Vapi SIP URI number only receives calls.</source>
        <translation>Vapi kann von dieser Nummer nicht hinaustelefonieren: Eine Vapi-SIP-URI-Nummer nimmt nur Anrufe an.</translation>
    </message>
    <message>
        <source>Place the call from a number on the trunk.</source>
        <translation>Rufen Sie von einer Nummer auf dem Trunk an.</translation>
    </message>
    <message>
        <source>Vapi could not find the number the call was to come from.</source>
        <translation>Vapi konnte die Nummer, von der der Anruf kommen sollte, nicht finden.</translation>
    </message>
    <message>
        <source>Run Sync for the domain, and call from a number the dashboard shows as active.</source>
        <translation>Führen Sie „Sync“ für die Domain aus und rufen Sie von einer Nummer an, die das Dashboard als aktiv zeigt.</translation>
    </message>
    <message>
        <source>Vapi refused the call&apos;s details (the number called or its format).</source>
        <translation>Vapi hat die Angaben des Anrufs abgewiesen (die angerufene Nummer oder ihr Format).</translation>
    </message>
    <message>
        <source>Call a number in international form, starting with +.</source>
        <translation>Rufen Sie eine Nummer im internationalen Format an, beginnend mit +.</translation>
    </message>
    <message>
        <source>Vapi refused to start the call because of the Vapi account (%1).</source>
        <translation>Vapi hat den Start des Anrufs wegen des Vapi-Kontos abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Check the account&apos;s credits, subscription and limits in the Vapi dashboard.</source>
        <translation>Prüfen Sie Guthaben, Abonnement und Grenzen des Kontos im Vapi-Dashboard.</translation>
    </message>
    <message>
        <source>Vapi refused to start the call: a limit of Vapi&apos;s own numbers (%1).</source>
        <translation>Vapi hat den Start des Anrufs abgelehnt: eine Grenze von Vapis eigenen Nummern (%1).</translation>
    </message>
    <message>
        <source>Call from a number on the Cloudonix trunk instead.</source>
        <translation>Rufen Sie stattdessen von einer Nummer auf dem Cloudonix-Trunk an.</translation>
    </message>
    <message>
        <source>Vapi could not use the assistant for this call (%1).</source>
        <translation>Vapi konnte den Assistenten für diesen Anruf nicht verwenden (%1).</translation>
    </message>
    <message>
        <source>Check that the assistant exists and is set up completely in the Vapi dashboard.</source>
        <translation>Prüfen Sie, ob der Assistent existiert und im Vapi-Dashboard vollständig eingerichtet ist.</translation>
    </message>
    <message>
        <source>The assistant did not join the call (%1).</source>
        <translation>Der Assistent ist dem Anruf nicht beigetreten (%1).</translation>
    </message>
    <message>
        <source>Check the assistant&apos;s model, voice and transcriber in the Vapi dashboard, then try again.</source>
        <translation>Prüfen Sie Modell, Stimme und Transkription des Assistenten im Vapi-Dashboard und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Vapi could not start the call (%1).</source>
        <translation>Vapi konnte den Anruf nicht starten (%1).</translation>
    </message>
    <message>
        <source>Try again; if it happens again, see Vapi&apos;s status page and call log.</source>
        <translation>Versuchen Sie es erneut; wenn es wieder passiert, sehen Sie sich die Statusseite und das Anrufprotokoll von Vapi an.</translation>
    </message>
    <message>
        <source>The assistant&apos;s transfer did not complete (%1).</source>
        <translation>Die Weiterleitung des Assistenten wurde nicht abgeschlossen (%1).</translation>
    </message>
    <message>
        <source>Check the transfer destination set in the assistant.</source>
        <translation>Prüfen Sie das im Assistenten eingestellte Weiterleitungsziel.</translation>
    </message>
    <message>
        <source>The assistant&apos;s configuration stopped the call (%1).</source>
        <translation>Die Konfiguration des Assistenten hat den Anruf beendet (%1).</translation>
    </message>
    <message>
        <source>Check the assistant&apos;s model and transport settings in the Vapi dashboard.</source>
        <translation>Prüfen Sie Modell- und Transporteinstellungen des Assistenten im Vapi-Dashboard.</translation>
    </message>
    <message>
        <source>The call failed inside Vapi (%1), not on the trunk.</source>
        <translation>Der Anruf ist in Vapi gescheitert (%1), nicht auf dem Trunk.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, see Vapi&apos;s status page.</source>
        <translation>Versuchen Sie es erneut; wenn es weiter passiert, sehen Sie sich die Statusseite von Vapi an.</translation>
    </message>
    <message>
        <source>A provider the assistant uses (its model, voice or transcriber) failed (%1).</source>
        <translation>Ein Anbieter, den der Assistent nutzt (Modell, Stimme oder Transkription), ist ausgefallen (%1).</translation>
    </message>
    <message>
        <source>Check that provider&apos;s API key in the Vapi dashboard.</source>
        <translation>Prüfen Sie den API-Schlüssel dieses Anbieters im Vapi-Dashboard.</translation>
    </message>
    <message>
        <source>That provider&apos;s quota or rate limit was reached: check its plan, then try again.</source>
        <translation>Das Kontingent oder Ratenlimit dieses Anbieters ist erreicht: Prüfen Sie seinen Tarif und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Try again, or choose another provider for the assistant.</source>
        <translation>Versuchen Sie es erneut oder wählen Sie einen anderen Anbieter für den Assistenten.</translation>
    </message>
    <message>
        <source>The call went through another phone provider, which ended it (%1).</source>
        <translation>Der Anruf lief über einen anderen Telefonanbieter, der ihn beendet hat (%1).</translation>
    </message>
    <message>
        <source>Test calls for this trunk go from a number on the Cloudonix trunk; call from one of those.</source>
        <translation>Testanrufe für diesen Trunk gehen von einer Nummer auf dem Cloudonix-Trunk aus; rufen Sie von einer dieser Nummern an.</translation>
    </message>
    <message>
        <source>The called party ended or refused the call (%1).</source>
        <translation>Der Angerufene hat den Anruf beendet oder abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The trunk probably works; call again and answer.</source>
        <translation>Der Trunk funktioniert vermutlich; rufen Sie erneut an und nehmen Sie ab.</translation>
    </message>
    <message>
        <source>The assistant ended the call (%1).</source>
        <translation>Der Assistent hat den Anruf beendet (%1).</translation>
    </message>
    <message>
        <source>Check the assistant&apos;s configuration in the Vapi dashboard.</source>
        <translation>Prüfen Sie die Konfiguration des Assistenten im Vapi-Dashboard.</translation>
    </message>
    <message>
        <source>The call ended while ringing (%1).</source>
        <translation>Der Anruf endete während des Klingelns (%1).</translation>
    </message>
    <message>
        <source>Check the trunk&apos;s gateways; the SIP probe shows whether the gateway answers.</source>
        <translation>Prüfen Sie die Gateways des Trunks; die SIP-Prüfung zeigt, ob das Gateway antwortet.</translation>
    </message>
    <message>
        <source>Vapi ended the call with a reason Trunk Wizard does not know yet (%1).</source>
        <translation>Vapi hat den Anruf mit einem Grund beendet, den Trunk Wizard noch nicht kennt (%1).</translation>
    </message>
</context>
<context>
    <name>tw::EndpointPolicy</name>
    <message>
        <source>&quot;%1&quot; is not a whole web address; write it starting with https:// (plain http:// only for 127.0.0.1, ::1 and localhost), for example https://api.vapi.ai.</source>
        <translation>„%1“ ist keine vollständige Webadresse; schreiben Sie sie beginnend mit https:// (einfaches http:// nur für 127.0.0.1, ::1 und localhost), zum Beispiel https://api.vapi.ai.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a plain base address, without user, query or fragment.</source>
        <translation>„%1“ muss eine einfache Basisadresse sein, ohne Benutzer, Abfrage oder Fragment.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain http; API keys are only sent over https (plain http is allowed only for 127.0.0.1, ::1 and localhost).</source>
        <translation>„%1“ verwendet einfaches http; API-Schlüssel werden nur über https gesendet (einfaches http ist nur für 127.0.0.1, ::1 und localhost erlaubt).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with https://.</source>
        <translation>„%1“ muss mit https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>tw::FieldError</name>
    <message>
        <source>&quot;%1&quot; is not a field of the desired state (fields here: %2).</source>
        <translation>„%1“ ist kein Feld des Soll-Zustands (Felder hier: %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the desired state; did you mean &quot;%2&quot;?</source>
        <translation>„%1“ ist kein Feld des Soll-Zustands; meinten Sie „%2“?</translation>
    </message>
</context>
<context>
    <name>tw::FinishPage</name>
    <message>
        <source>Your domain is connected to Vapi</source>
        <translation>Ihre Domain ist mit Vapi verbunden</translation>
    </message>
    <message>
        <source>Place a test call to hear an assistant answer through the new trunk.</source>
        <translation>Führen Sie einen Testanruf, um einen Assistenten über den neuen Trunk antworten zu hören.</translation>
    </message>
    <message>
        <source>&amp;Place a test call</source>
        <translation>Testanruf &amp;führen</translation>
    </message>
    <message>
        <source>Open &amp;dashboard</source>
        <translation>&amp;Dashboard öffnen</translation>
    </message>
    <message>
        <source>Test call</source>
        <translation>Testanruf</translation>
    </message>
    <message>
        <source>Fro&amp;m number:</source>
        <translation>&amp;Von Nummer:</translation>
    </message>
    <message>
        <source>+1 212 555 0100</source>
        <translation>+1 212 555 0100</translation>
    </message>
    <message>
        <source>&amp;To number:</source>
        <translation>&amp;An Nummer:</translation>
    </message>
    <message>
        <source>Your own phone: Vapi calls it from the number above through the trunk.</source>
        <translation>Ihr eigenes Telefon: Vapi ruft es von der Nummer oben über den Trunk an.</translation>
    </message>
    <message>
        <source>&amp;Assistant:</source>
        <translation>Ass&amp;istent:</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Inbound SIP host</source>
        <translation>Eingehender SIP-Host</translation>
    </message>
    <message>
        <source>Vapi SIP trunk</source>
        <translation>Vapi-SIP-Trunk</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>To number: %1</source>
        <translation>An Nummer: %1</translation>
    </message>
    <message>
        <source>Placing the call…</source>
        <translation>Der Anruf wird aufgebaut…</translation>
    </message>
    <message>
        <source>Call status: %1</source>
        <translation>Anrufstatus: %1</translation>
    </message>
    <message>
        <source>Vapi&apos;s reason: %1; side: %2</source>
        <translation>Grund von Vapi: %1; Seite: %2</translation>
    </message>
</context>
<context>
    <name>tw::GatewayAddress</name>
    <message>
        <source>the unspecified address (0.0.0.0/8)</source>
        <translation>die unspezifizierte Adresse (0.0.0.0/8)</translation>
    </message>
    <message>
        <source>a loopback address, this computer&apos;s own (127.0.0.0/8)</source>
        <translation>eine Loopback-Adresse, die dieses Computers (127.0.0.0/8)</translation>
    </message>
    <message>
        <source>a multicast address (224.0.0.0/4)</source>
        <translation>eine Multicast-Adresse (224.0.0.0/4)</translation>
    </message>
    <message>
        <source>the broadcast address</source>
        <translation>die Broadcast-Adresse</translation>
    </message>
    <message>
        <source>a reserved address (240.0.0.0/4)</source>
        <translation>eine reservierte Adresse (240.0.0.0/4)</translation>
    </message>
    <message>
        <source>The gateway address is empty.</source>
        <translation>Die Gateway-Adresse ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv6 address; Vapi gateways take IPv4 addresses or host names.</source>
        <translation>„%1“ ist eine IPv6-Adresse; Vapi-Gateways nehmen IPv4-Adressen oder Hostnamen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain address; enter only the host name or IPv4 address, without &quot;sip:&quot; or &quot;https://&quot;, user or port.</source>
        <translation>„%1“ ist keine einfache Adresse; geben Sie nur den Hostnamen oder die IPv4-Adresse ein, ohne „sip:“ oder „https://“, Benutzer oder Port.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unreadable network size after the &quot;/&quot;.</source>
        <translation>„%1“ hat nach dem „/“ eine unlesbare Netzgröße.</translation>
    </message>
    <message>
        <source>%1 is %2, so Vapi can never reach it or be called from it; enter the address Cloudonix gives for the domain.</source>
        <translation>%1 ist %2, daher kann Vapi es nie erreichen oder von dort angerufen werden; geben Sie die Adresse ein, die Cloudonix für die Domain nennt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 network; a &quot;/&quot; only follows an IPv4 address.</source>
        <translation>„%1“ ist kein IPv4-Netz; ein „/“ folgt nur auf eine IPv4-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IPv4 address nor a host name.</source>
        <translation>„%1“ ist weder eine IPv4-Adresse noch ein Hostname.</translation>
    </message>
</context>
<context>
    <name>tw::Glossary</name>
    <message>
        <source>SIP trunk</source>
        <translation>SIP-Trunk</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Inbound SIP host</source>
        <translation>Eingehender SIP-Host</translation>
    </message>
    <message>
        <source>Options ping</source>
        <translation>Options-Ping</translation>
    </message>
    <message>
        <source>Leading plus</source>
        <translation>Führendes Plus</translation>
    </message>
    <message>
        <source>E.164 number</source>
        <translation>E.164-Nummer</translation>
    </message>
    <message>
        <source>Border-to-border calls</source>
        <translation>Border-to-Border-Anrufe</translation>
    </message>
    <message>
        <source>Redirect unknown destination to border</source>
        <translation>Unbekannte Ziele an die Border umleiten</translation>
    </message>
    <message>
        <source>DNID</source>
        <translation>DNID</translation>
    </message>
    <message>
        <source>Call routing (CXML)</source>
        <translation>Anruf-Routing (CXML)</translation>
    </message>
    <message>
        <source>Carrier trunk</source>
        <translation>Carrier-Trunk</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>A SIP trunk is a phone line between two systems over the internet. Here it joins your Cloudonix domain and Vapi: calls to your numbers reach a Vapi assistant through it, and the assistant&apos;s calls go out through Cloudonix. In Vapi it is a &quot;BYO SIP trunk&quot; credential; keep one trunk per Cloudonix domain.</source>
        <translation>Ein SIP-Trunk ist eine Telefonleitung zwischen zwei Systemen über das Internet. Hier verbindet er Ihre Cloudonix-Domain mit Vapi: Anrufe an Ihre Nummern erreichen über ihn einen Vapi-Assistenten, und die Anrufe des Assistenten gehen über Cloudonix hinaus. In Vapi ist er ein „BYO SIP trunk“-Zugang; verwenden Sie einen Trunk pro Cloudonix-Domain.</translation>
    </message>
    <message>
        <source>A gateway is an address a trunk exchanges calls with: a host name (FQDN) or an IP address. Vapi sends its outbound calls to the gateway named by your domain&apos;s inbound SIP host, and accepts inbound calls only from gateways given as IP addresses, so the trunk has one outbound host gateway and Cloudonix&apos;s addresses as inbound gateways.</source>
        <translation>Ein Gateway ist eine Adresse, mit der ein Trunk Anrufe austauscht: ein Hostname (FQDN) oder eine IP-Adresse. Vapi sendet seine ausgehenden Anrufe an das Gateway mit dem eingehenden SIP-Host Ihrer Domain und nimmt eingehende Anrufe nur von Gateways an, die als IP-Adresse angegeben sind; deshalb hat der Trunk ein ausgehendes Host-Gateway und die Adressen von Cloudonix als eingehende Gateways.</translation>
    </message>
    <message>
        <source>The address Cloudonix gives each domain for the calls it receives, such as dd7a2a82-2457-3578-a63b-bd132950c857.sip.cloudonix.net. Trunk Wizard reads it from Cloudonix; in Vapi it is the trunk&apos;s &quot;Gateway IP address / FQDN&quot;.</source>
        <translation>Die Adresse, die Cloudonix jeder Domain für ihre ankommenden Anrufe gibt, etwa dd7a2a82-2457-3578-a63b-bd132950c857.sip.cloudonix.net. Trunk Wizard liest sie bei Cloudonix; in Vapi ist sie die „Gateway IP address / FQDN“ des Trunks.</translation>
    </message>
    <message>
        <source>With &quot;Enable options ping&quot; on, Vapi sends a small SIP OPTIONS message to the gateway every few seconds to check that it answers, which also keeps the connection alive. Cloudonix answers these messages. &quot;Check SIP&quot; in Trunk Wizard sends the same message.</source>
        <translation>Ist „Options-Ping aktivieren“ eingeschaltet, sendet Vapi alle paar Sekunden eine kleine SIP-OPTIONS-Nachricht an das Gateway, um zu prüfen, ob es antwortet; das hält auch die Verbindung offen. Cloudonix beantwortet diese Nachrichten. „SIP prüfen“ in Trunk Wizard sendet dieselbe Nachricht.</translation>
    </message>
    <message>
        <source>With &quot;Enable leading plus for outbound calls&quot; on, Vapi puts a + before the numbers it dials, so they reach Cloudonix in E.164 format: 12127773456 goes out as +12127773456. Cloudonix recommends it, so that every number it routes is unique.</source>
        <translation>Ist „Führendes Plus für ausgehende Anrufe aktivieren“ eingeschaltet, setzt Vapi ein + vor die Nummern, die es wählt, sodass sie Cloudonix im E.164-Format erreichen: 12127773456 geht als +12127773456 hinaus. Cloudonix empfiehlt es, damit jede Nummer, die es vermittelt, eindeutig ist.</translation>
    </message>
    <message>
        <source>E.164 is the international format of a phone number: a +, the country code, then the subscriber number without its leading 0, at most 15 digits and no spaces. +12127773456 is a New York number, +442071234567 a London one. Trunk Wizard keeps every number in this format.</source>
        <translation>E.164 ist das internationale Format einer Telefonnummer: ein +, die Ländervorwahl, dann die Teilnehmernummer ohne führende 0, höchstens 15 Ziffern und ohne Leerzeichen. +12127773456 ist eine New Yorker Nummer, +442071234567 eine Londoner. Trunk Wizard speichert jede Nummer in diesem Format.</translation>
    </message>
    <message>
        <source>&quot;Allow border-to-border calls&quot; is a setting of a Cloudonix domain. It lets a call that came in from outside the domain (here from Vapi) go out again to another outside party, such as your carrier. Without it, Cloudonix refuses the assistant&apos;s outbound calls.</source>
        <translation>„Border-to-Border-Anrufe erlauben“ ist eine Einstellung einer Cloudonix-Domain. Sie lässt einen Anruf, der von außerhalb der Domain kam (hier von Vapi), wieder zu einem anderen externen Teilnehmer hinausgehen, etwa zu Ihrem Carrier. Ohne sie weist Cloudonix die ausgehenden Anrufe des Assistenten ab.</translation>
    </message>
    <message>
        <source>&quot;Redirect unknown destination to border&quot; is a setting of a Cloudonix domain: a call to a number that is not one of the domain&apos;s own goes out to the border (your carriers) instead of being refused. The assistant&apos;s calls to your customers need it.</source>
        <translation>„Unbekannte Ziele an die Border umleiten“ ist eine Einstellung einer Cloudonix-Domain: Ein Anruf an eine Nummer, die nicht zur Domain gehört, geht an die Border (Ihre Carrier) hinaus, statt abgewiesen zu werden. Die Anrufe des Assistenten an Ihre Kunden brauchen sie.</translation>
    </message>
    <message>
        <source>The DNID (dialed number identification) is the number a caller dialed. In Cloudonix a DNID entry says which application answers the calls to that number; Trunk Wizard adds one for each of your numbers, so that their calls go to Vapi.</source>
        <translation>Die DNID (Dialed Number Identification) ist die Nummer, die ein Anrufer gewählt hat. In Cloudonix legt ein DNID-Eintrag fest, welche Anwendung die Anrufe an diese Nummer annimmt; Trunk Wizard legt für jede Ihrer Nummern einen an, damit ihre Anrufe zu Vapi gehen.</translation>
    </message>
    <message>
        <source>A Cloudonix application, written in CXML (Cloudonix&apos;s call-control XML), decides what happens to a call. Trunk Wizard&apos;s application passes calls to Vapi with &lt;Dial&gt;&lt;Service provider=&quot;vapi&quot;&gt;, and the DNIDs send your numbers&apos; calls to it.</source>
        <translation>Eine Cloudonix-Anwendung, geschrieben in CXML (der XML-Anrufsteuerung von Cloudonix), entscheidet, was mit einem Anruf geschieht. Die Anwendung von Trunk Wizard reicht Anrufe mit &lt;Dial&gt;&lt;Service provider=&quot;vapi&quot;&gt; an Vapi weiter, und die DNIDs leiten die Anrufe Ihrer Nummern zu ihr.</translation>
    </message>
    <message>
        <source>A carrier trunk connects your Cloudonix domain to a telephone carrier (such as Telnyx or Twilio), which carries calls to and from the public phone network. Without one, the assistant&apos;s outbound calls have nowhere to go after Cloudonix.</source>
        <translation>Ein Carrier-Trunk verbindet Ihre Cloudonix-Domain mit einem Telefonanbieter (etwa Telnyx oder Twilio), der Anrufe ins und aus dem öffentlichen Telefonnetz trägt. Ohne ihn können die ausgehenden Anrufe des Assistenten nach Cloudonix nirgendwohin.</translation>
    </message>
    <message>
        <source>A Vapi assistant is the voice AI agent that answers and places calls. Each phone number on the trunk is attached to one assistant, which answers the calls to that number.</source>
        <translation>Ein Vapi-Assistent ist der KI-Sprachagent, der Anrufe annimmt und führt. Jede Telefonnummer auf dem Trunk ist einem Assistenten zugeordnet, der die Anrufe an diese Nummer annimmt.</translation>
    </message>
    <message>
        <source>E.164 format</source>
        <translation>E.164-Format</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländervorwahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Local number</source>
        <translation>Lokale Nummer</translation>
    </message>
    <message>
        <source>Subscriber number</source>
        <translation>Teilnehmernummer</translation>
    </message>
</context>
<context>
    <name>tw::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Begriffe</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
</context>
<context>
    <name>tw::HealthPanel</name>
    <message>
        <source>Health check results</source>
        <translation>Ergebnisse der Zustandsprüfung</translation>
    </message>
    <message>
        <source>Earlier SIP checks</source>
        <translation>Frühere SIP-Prüfungen</translation>
    </message>
    <message>
        <source>Check SIP</source>
        <translation>SIP prüfen</translation>
    </message>
    <message>
        <source>Send SIP OPTIONS to each gateway of the trunk: does it answer, and how fast?</source>
        <translation>SIP OPTIONS an jedes Gateway des Trunks senden: Antwortet es, und wie schnell?</translation>
    </message>
    <message>
        <source>Troubleshoot</source>
        <translation>Fehlersuche</translation>
    </message>
    <message>
        <source>Look for the misconfigurations that most often break calls, each with its fix (checks SIP too)</source>
        <translation>Nach den Fehleinstellungen suchen, an denen Anrufe am häufigsten scheitern, jeweils mit Abhilfe (prüft auch SIP)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Asking the gateways of %1 over SIP…</source>
        <translation>Die Gateways von %1 werden per SIP gefragt…</translation>
    </message>
    <message>
        <source>Looking for problems in %1…</source>
        <translation>Probleme in %1 werden gesucht…</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation>Antworten: %1</translation>
    </message>
    <message>
        <source>Fails: %1</source>
        <translation>Scheitern: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>None yet: Check SIP asks each gateway of the trunk.</source>
        <translation>Noch keine: „SIP prüfen“ fragt jedes Gateway des Trunks.</translation>
    </message>
    <message>
        <source>Chec&amp;k SIP</source>
        <translation>SIP &amp;prüfen</translation>
    </message>
    <message>
        <source>Tro&amp;ubleshoot</source>
        <translation>Feh&amp;lersuche</translation>
    </message>
</context>
<context>
    <name>tw::HttpTransport</name>
    <message>
        <source>the answer was larger than %1 MB, far more than any real answer, so its transfer was stopped</source>
        <translation>die Antwort war größer als %1 MB, weit mehr als jede echte Antwort, daher wurde ihre Übertragung gestoppt</translation>
    </message>
</context>
<context>
    <name>tw::KeychainSecretStore</name>
    <message>
        <source>No API key of %1 is in the keychain.</source>
        <translation>Für %1 ist kein API-Schlüssel im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked); unlock it and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (er ist vielleicht gesperrt); entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the API key cannot be stored safely; start the desktop keyring (GNOME Keyring or KWallet) and try again. The key was not saved anywhere else.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann der API-Schlüssel nicht sicher gespeichert werden; starten Sie den Schlüsselbund des Desktops (GNOME Keyring oder KWallet) und versuchen Sie es erneut. Der Schlüssel wurde nirgendwo anders gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the stored API key of %1 cannot be read; start the desktop keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann der gespeicherte API-Schlüssel von %1 nicht gelesen werden; starten Sie den Schlüsselbund des Desktops (GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the API key of %1 cannot be removed; start the desktop keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann der API-Schlüssel von %1 nicht entfernt werden; starten Sie den Schlüsselbund des Desktops (GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error; see the details.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet; siehe die Details.</translation>
    </message>
</context>
<context>
    <name>tw::MainWindow</name>
    <message>
        <source>&amp;Set up a domain…</source>
        <translation>&amp;Domain einrichten…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Trunk Wizard</source>
        <translation>Trunk Wizard</translation>
    </message>
    <message>
        <source>Cloudonix domains connected to Vapi</source>
        <translation>Mit Vapi verbundene Cloudonix-Domains</translation>
    </message>
    <message>
        <source>Set up a domain…</source>
        <translation>Domain einrichten…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>The glossary: the telecom terms of Trunk Wizard in plain words (F1)</source>
        <translation>Das Glossar: die Telefoniebegriffe von Trunk Wizard in einfachen Worten (F1)</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>%1 Requests through a TLS-inspecting proxy will be refused until you choose another file in Settings.</source>
        <translation>%1 Anfragen über einen HTTPS prüfenden Proxy werden abgewiesen, bis Sie in den Einstellungen eine andere Datei wählen.</translation>
    </message>
    <message>
        <source>The sandbox could not be started.</source>
        <translation>Die Sandbox konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Trunk Wizard — Sandbox</source>
        <translation>Trunk Wizard — Sandbox</translation>
    </message>
    <message>
        <source>Setti&amp;ngs…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
</context>
<context>
    <name>tw::MemorySecretStore</name>
    <message>
        <source>The secret store is not available.</source>
        <translation>Der Geheimnisspeicher ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>No key is stored for %1.</source>
        <translation>Für %1 ist kein Schlüssel gespeichert.</translation>
    </message>
</context>
<context>
    <name>tw::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>tw::NumberChangeDialog</name>
    <message>
        <source>Add numbers to %1</source>
        <translation>Nummern zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Change the assistant</source>
        <translation>Den Assistenten ändern</translation>
    </message>
    <message>
        <source>+1 212 777 3456
+44 20 7123 4567</source>
        <translation>+1 212 777 3456
+44 20 7123 4567</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Nummern:</translation>
    </message>
    <message>
        <source>One per line, in international format or as dialled in %1.</source>
        <translation>Eine pro Zeile, im internationalen Format oder wie in %1 gewählt.</translation>
    </message>
    <message>
        <source>the default country</source>
        <translation>dem Standardland</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s):</source>
        <translation>
            <numerusform>%n Nummer:</numerusform>
            <numerusform>%n Nummern:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Assistant:</source>
        <translation>Ass&amp;istent:</translation>
    </message>
    <message>
        <source>Vapi answers calls to these numbers with this assistant.</source>
        <translation>Vapi nimmt Anrufe an diese Nummern mit diesem Assistenten an.</translation>
    </message>
    <message>
        <source>&amp;Review the changes…</source>
        <translation>Änderungen &amp;prüfen…</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Type at least one number.</source>
        <translation>Geben Sie mindestens eine Nummer ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are not numbers Vapi can take.</source>
        <translation>
            <numerusform>%n Zeile ist keine Nummer, die Vapi annehmen kann.</numerusform>
            <numerusform>%n Zeilen sind keine Nummern, die Vapi annehmen kann.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::NumberDelegate</name>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>On the trunk</source>
        <translation>Auf dem Trunk</translation>
    </message>
    <message>
        <source>Vapi SIP URI</source>
        <translation>Vapi-SIP-URI</translation>
    </message>
</context>
<context>
    <name>tw::NumberTableModel</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Vapi SIP URI</source>
        <translation>Vapi-SIP-URI</translation>
    </message>
    <message>
        <source>On the trunk</source>
        <translation>Auf dem Trunk</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
</context>
<context>
    <name>tw::NumbersPage</name>
    <message>
        <source>Choose the numbers</source>
        <translation>Die Nummern wählen</translation>
    </message>
    <message>
        <source>Each number is registered on the trunk in Vapi and answered by its assistant.</source>
        <translation>Jede Nummer wird in Vapi auf dem Trunk registriert und von ihrem Assistenten angenommen.</translation>
    </message>
    <message>
        <source>A&amp;dd numbers</source>
        <translation>Nummern hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>Ausgewählte &amp;entfernen</translation>
    </message>
    <message>
        <source>+1 212 777 3456
+44 20 7123 4567
(one per line; paste as many as you like)</source>
        <translation>+1 212 777 3456
+44 20 7123 4567
(eine pro Zeile; fügen Sie beliebig viele ein)</translation>
    </message>
    <message>
        <source>Numbers &amp;to add:</source>
        <translation>Hinzuzufügende &amp;Nummern:</translation>
    </message>
    <message>
        <source>None: international format only</source>
        <translation>Keines: nur internationales Format</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>Standard&amp;land:</translation>
    </message>
    <message>
        <source>&amp;Assistant for new numbers:</source>
        <translation>A&amp;ssistent für neue Nummern:</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Import numbers</source>
        <translation>Nummern importieren</translation>
    </message>
    <message>
        <source>Numbers (*.csv *.txt);;All files (*)</source>
        <translation>Nummern (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); choose a CSV or text file with one number per line. Nothing was added.</source>
        <translation>%1 konnte nicht gelesen werden (%2); wählen Sie eine CSV- oder Textdatei mit einer Nummer pro Zeile. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n Nummer</numerusform>
            <numerusform>%n Nummern</numerusform>
        </translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n cannot be used (see Check); they are left out</source>
        <translation>
            <numerusform>⚠ %n ist nicht verwendbar (siehe Prüfung) und bleibt außen vor</numerusform>
            <numerusform>⚠ %n sind nicht verwendbar (siehe Prüfung) und bleiben außen vor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listed twice (added once)</source>
        <translation>
            <numerusform>%n doppelt aufgeführt (einmal hinzugefügt)</numerusform>
            <numerusform>%n doppelt aufgeführt (je einmal hinzugefügt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::Operation</name>
    <message>
        <source>Waiting about %1 s for %2&apos;s rate limit…</source>
        <translation>Etwa %1 s Warten auf das Ratenlimit von %2…</translation>
    </message>
    <message>
        <source>%1 did not answer properly; try %2 in %3 s…</source>
        <translation>%1 hat nicht richtig geantwortet; erneuter Versuch bei %2 in %3 s…</translation>
    </message>
</context>
<context>
    <name>tw::PdfReportWriter</name>
    <message>
        <source>A PDF report needs the graphical libraries.</source>
        <translation>Ein PDF-Bericht braucht die grafischen Bibliotheken.</translation>
    </message>
    <message>
        <source>Trunk Wizard report %1 (%2)</source>
        <translation>Trunk-Wizard-Bericht %1 (%2)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Das PDF konnte nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>tw::PhoneNumberValidator</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>Die Telefonnummer ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains letters; enter the number with digits only, for example +12127773456.</source>
        <translation>„%1“ enthält Buchstaben; geben Sie die Nummer nur mit Ziffern ein, zum Beispiel +12127773456.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code; use a two-letter code such as US or GB.</source>
        <translation>„%1“ ist keine bekannte Länderkennung; verwenden Sie einen Zwei-Buchstaben-Code wie US oder GB.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no country code; write it in international form starting with + (for example +12127773456) or choose the country.</source>
        <translation>„%1“ hat keine Ländervorwahl; schreiben Sie sie im internationalen Format mit + (zum Beispiel +12127773456) oder wählen Sie das Land.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with an unknown country code.</source>
        <translation>„%1“ beginnt mit einer unbekannten Ländervorwahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number.</source>
        <translation>„%1“ ist zu kurz für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number.</source>
        <translation>„%1“ ist zu lang für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>„%1“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an extension; Vapi numbers cannot carry one.</source>
        <translation>„%1“ hat eine Durchwahl; Vapi-Nummern können keine tragen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too few digits for its country.</source>
        <translation>„%1“ hat zu wenige Ziffern für ihr Land.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many digits for its country.</source>
        <translation>„%1“ hat zu viele Ziffern für ihr Land.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number in use in its country&apos;s numbering plan; check the digits.</source>
        <translation>„%1“ ist im Nummernplan ihres Landes keine vergebene Nummer; prüfen Sie die Ziffern.</translation>
    </message>
</context>
<context>
    <name>tw::Plan</name>
    <message>
        <source>Plan for %1 (inbound SIP host %2):</source>
        <translation>Plan für %1 (eingehender SIP-Host %2):</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to make.</source>
        <translation>
            <numerusform>%n Änderung vorzunehmen.</numerusform>
            <numerusform>%n Änderungen vorzunehmen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::Planner</name>
    <message>
        <source>; leading plus on</source>
        <translation>; führendes Plus an</translation>
    </message>
    <message>
        <source>; leading plus off</source>
        <translation>; führendes Plus aus</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>allow border-to-border %1, redirect unknown to border %2</source>
        <translation>Border-to-Border erlauben %1, Unbekannte an die Border umleiten %2</translation>
    </message>
    <message>
        <source>The Cloudonix domain %1 is not active; calls will not flow until it is.</source>
        <translation>Die Cloudonix-Domain %1 ist nicht aktiv; Anrufe fließen erst, wenn sie es ist.</translation>
    </message>
    <message>
        <source>%1 has no Vapi trunk yet; create it first (trunkwizard-cli service --name NAME --domain %1).</source>
        <translation>%1 hat noch keinen Vapi-Trunk; legen Sie ihn zuerst an (trunkwizard-cli service --name NAME --domain %1).</translation>
    </message>
    <message>
        <source>Remove number %1 from Vapi (%2)</source>
        <translation>Nummer %1 aus Vapi entfernen (%2)</translation>
    </message>
    <message>
        <source>Unbind %1 from the voice application</source>
        <translation>%1 von der Sprachanwendung lösen</translation>
    </message>
    <message>
        <source>Remove voice application &quot;%1&quot;</source>
        <translation>Sprachanwendung „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove trunk &quot;%1&quot; (%2)</source>
        <translation>Trunk „%1“ entfernen (%2)</translation>
    </message>
    <message>
        <source>Remove outbound trunk &quot;%1&quot; (%2)</source>
        <translation>Ausgehenden Trunk „%1“ entfernen (%2)</translation>
    </message>
    <message>
        <source>Trunk Wizard has no record of the domain settings before it changed them; they are left as they are.</source>
        <translation>Trunk Wizard hat keine Aufzeichnung der Domain-Einstellungen vor seiner Änderung; sie bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Restore the domain settings of %1: %2</source>
        <translation>Domain-Einstellungen von %1 wiederherstellen: %2</translation>
    </message>
    <message>
        <source>The inbound SIP host %1 could not be resolved (%2), so its addresses for the inbound gateways are unknown; list them in trunk.inboundGateways or check DNS, then try again.</source>
        <translation>Der eingehende SIP-Host %1 konnte nicht aufgelöst werden (%2), daher sind seine Adressen für die eingehenden Gateways unbekannt; tragen Sie sie in trunk.inboundGateways ein oder prüfen Sie das DNS und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Inbound calls need the inbound IP gateways of Cloudonix; none are known yet, so only the outbound part of the trunk is set up. Add them as inbound gateways (trunk.inboundGateways in a desired state, --inbound-ip on the command line).</source>
        <translation>Eingehende Anrufe brauchen die eingehenden IP-Gateways von Cloudonix; noch sind keine bekannt, daher wird nur der ausgehende Teil des Trunks eingerichtet. Fügen Sie sie als eingehende Gateways hinzu (trunk.inboundGateways in einem Soll-Zustand, --inbound-ip auf der Kommandozeile).</translation>
    </message>
    <message>
        <source>Using the trunk %1 (%2) instead.</source>
        <translation>Stattdessen wird der Trunk %1 (%2) verwendet.</translation>
    </message>
    <message>
        <source>A new one will be created.</source>
        <translation>Ein neuer wird angelegt.</translation>
    </message>
    <message>
        <source>The trunk &quot;%1&quot; (%2) already exists in Vapi (%3); it is updated in place and its numbers are kept.</source>
        <translation>Der Trunk „%1“ (%2) existiert bereits in Vapi (%3); er wird an Ort und Stelle aktualisiert und behält seine Nummern.</translation>
    </message>
    <message numerus="yes">
        <source>Create trunk &quot;%1&quot; with %n gateway(s)</source>
        <translation>
            <numerusform>Trunk „%1“ mit %n Gateway anlegen</numerusform>
            <numerusform>Trunk „%1“ mit %n Gateways anlegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Trunk &quot;%1&quot; (%2) is as wanted</source>
        <translation>Trunk „%1“ (%2) ist wie gewünscht</translation>
    </message>
    <message>
        <source>Update trunk &quot;%1&quot; (%2)</source>
        <translation>Trunk „%1“ (%2) aktualisieren</translation>
    </message>
    <message>
        <source>The single gateway %1 is a host name with inbound calls allowed; current Vapi accounts refuse that (&quot;SIP gateway creation failed&quot;). If Vapi refuses it, use the split gateway mode.</source>
        <translation>Das einzige Gateway %1 ist ein Hostname mit erlaubten eingehenden Anrufen; aktuelle Vapi-Konten lehnen das ab („SIP gateway creation failed“). Wenn Vapi es ablehnt, verwenden Sie den geteilten Gateway-Modus.</translation>
    </message>
    <message>
        <source>Gateway %1 is open for inbound and outbound calls; Cloudonix&apos;s inbound addresses only need inbound.</source>
        <translation>Das Gateway %1 ist für eingehende und ausgehende Anrufe offen; die eingehenden Adressen von Cloudonix brauchen nur eingehend.</translation>
    </message>
    <message>
        <source>no assistant</source>
        <translation>kein Assistent</translation>
    </message>
    <message>
        <source>assistant %1</source>
        <translation>Assistent %1</translation>
    </message>
    <message>
        <source>Create SIP URI number %1 (%2)</source>
        <translation>SIP-URI-Nummer %1 anlegen (%2)</translation>
    </message>
    <message>
        <source>Create number %1 on the trunk (%2)</source>
        <translation>Nummer %1 auf dem Trunk anlegen (%2)</translation>
    </message>
    <message>
        <source>%1 already exists in Vapi as a &quot;%2&quot; number; remove it there first, or use mode sip-uri.</source>
        <translation>%1 existiert in Vapi bereits als „%2“-Nummer; entfernen Sie sie dort zuerst oder verwenden Sie den Modus sip-uri.</translation>
    </message>
    <message>
        <source>assistant %1 → %2</source>
        <translation>Assistent %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 is on another trunk (%2) in Vapi; it will be moved to this domain&apos;s trunk.</source>
        <translation>%1 liegt in Vapi auf einem anderen Trunk (%2); sie wird auf den Trunk dieser Domain verschoben.</translation>
    </message>
    <message>
        <source>trunk %1 → this trunk</source>
        <translation>Trunk %1 → dieser Trunk</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; → &quot;%2&quot;</source>
        <translation>Name „%1“ → „%2“</translation>
    </message>
    <message>
        <source>Number %1 is as wanted (%2)</source>
        <translation>Nummer %1 ist wie gewünscht (%2)</translation>
    </message>
    <message>
        <source>Update number %1: %2</source>
        <translation>Nummer %1 aktualisieren: %2</translation>
    </message>
    <message>
        <source>Remove number %1 (%2), no longer wanted</source>
        <translation>Nummer %1 (%2) entfernen, nicht mehr gewünscht</translation>
    </message>
    <message>
        <source>Create outbound trunk &quot;%1&quot; to %2</source>
        <translation>Ausgehenden Trunk „%1“ zu %2 anlegen</translation>
    </message>
    <message>
        <source>The Cloudonix trunk &quot;%1&quot; is an %2 trunk; carrier trunks are outbound. Rename one of them.</source>
        <translation>Der Cloudonix-Trunk „%1“ ist ein %2-Trunk; Carrier-Trunks sind ausgehend. Benennen Sie einen der beiden um.</translation>
    </message>
    <message>
        <source>Outbound trunk &quot;%1&quot; is as wanted (%2)</source>
        <translation>Ausgehender Trunk „%1“ ist wie gewünscht (%2)</translation>
    </message>
    <message>
        <source>Update outbound trunk &quot;%1&quot; to %2</source>
        <translation>Ausgehenden Trunk „%1“ auf %2 aktualisieren</translation>
    </message>
    <message>
        <source>Remove outbound trunk &quot;%1&quot; (%2), no longer wanted</source>
        <translation>Ausgehenden Trunk „%1“ (%2) entfernen, nicht mehr gewünscht</translation>
    </message>
    <message>
        <source>Domain settings of %1 are as wanted (%2)</source>
        <translation>Die Domain-Einstellungen von %1 sind wie gewünscht (%2)</translation>
    </message>
    <message>
        <source>Set domain settings of %1: %2</source>
        <translation>Domain-Einstellungen von %1 setzen: %2</translation>
    </message>
    <message>
        <source>Create voice application &quot;%1&quot; (%2)</source>
        <translation>Sprachanwendung „%1“ anlegen (%2)</translation>
    </message>
    <message>
        <source>Voice application &quot;%1&quot; is as wanted</source>
        <translation>Sprachanwendung „%1“ ist wie gewünscht</translation>
    </message>
    <message>
        <source>Update voice application &quot;%1&quot; to %2</source>
        <translation>Sprachanwendung „%1“ auf %2 aktualisieren</translation>
    </message>
    <message>
        <source>Bind %1 to voice application &quot;%2&quot;</source>
        <translation>%1 an die Sprachanwendung „%2“ binden</translation>
    </message>
    <message>
        <source>%1 is bound to &quot;%2&quot;</source>
        <translation>%1 ist an „%2“ gebunden</translation>
    </message>
    <message>
        <source>%1 is already bound to another Cloudonix application (%2); it was left as it is.</source>
        <translation>%1 ist bereits an eine andere Cloudonix-Anwendung gebunden (%2); es blieb, wie es ist.</translation>
    </message>
    <message>
        <source>Unbind %1 from voice application &quot;%2&quot;, no longer wanted</source>
        <translation>%1 von der Sprachanwendung „%2“ lösen, nicht mehr gewünscht</translation>
    </message>
    <message>
        <source>Cloudonix has no inbound SIP host for %1 (no auto alias and no UUID); give the trunk&apos;s gateway (&quot;Gateway IP address / FQDN&quot;) as the host name Vapi should send calls to.</source>
        <translation>Cloudonix hat keinen eingehenden SIP-Host für %1 (kein Auto-Alias und keine UUID); geben Sie als Gateway des Trunks (&quot;Gateway IP address / FQDN&quot;) den Hostnamen an, an den Vapi Anrufe senden soll.</translation>
    </message>
</context>
<context>
    <name>tw::ProbeOperation</name>
    <message>
        <source>%1 is not set up on this computer: run the wizard (or trunkwizard-cli apply) first, or name the domain as it was set up.</source>
        <translation>%1 ist auf diesem Computer nicht eingerichtet: Führen Sie zuerst den Assistenten (oder trunkwizard-cli apply) aus, oder nennen Sie die Domain so, wie sie eingerichtet wurde.</translation>
    </message>
    <message>
        <source>%1 has no trunk and no inbound SIP host recorded: verify the domain in the wizard first.</source>
        <translation>Für %1 sind weder Trunk noch eingehender SIP-Host festgehalten: Prüfen Sie die Domain zuerst im Assistenten.</translation>
    </message>
    <message>
        <source>Reading the trunk&apos;s gateways from Vapi…</source>
        <translation>Die Gateways des Trunks werden bei Vapi gelesen…</translation>
    </message>
    <message>
        <source>Asking the gateway over SIP</source>
        <translation>Das Gateway wird per SIP gefragt</translation>
    </message>
    <message>
        <source>Asking %1 gateways over SIP</source>
        <translation>%1 Gateways werden per SIP gefragt</translation>
    </message>
    <message>
        <source> (one that stays silent is given up after %1 s)…</source>
        <translation> (eines, das stumm bleibt, wird nach %1 s aufgegeben)…</translation>
    </message>
</context>
<context>
    <name>tw::ProbeReport</name>
    <message>
        <source>The SIP check was cancelled.</source>
        <translation>Die SIP-Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The trunk has no gateway to check.</source>
        <translation>Der Trunk hat kein Gateway zum Prüfen.</translation>
    </message>
    <message>
        <source>Every gateway answers SIP (1 address checked).</source>
        <translation>Jedes Gateway antwortet per SIP (1 Adresse geprüft).</translation>
    </message>
    <message>
        <source>Every gateway answers SIP (%1 addresses checked).</source>
        <translation>Jedes Gateway antwortet per SIP (%1 Adressen geprüft).</translation>
    </message>
    <message>
        <source>No gateway passes the SIP check: calls through this trunk cannot work until this is fixed.</source>
        <translation>Kein Gateway besteht die SIP-Prüfung: Anrufe über diesen Trunk können erst funktionieren, wenn das behoben ist.</translation>
    </message>
    <message>
        <source>%1 of %2 gateway addresses fail the SIP check: calls through them fail.</source>
        <translation>%1 von %2 Gateway-Adressen bestehen die SIP-Prüfung nicht: Anrufe über sie scheitern.</translation>
    </message>
</context>
<context>
    <name>tw::Provisioner</name>
    <message>
        <source>Reading %1 from Cloudonix and Vapi…</source>
        <translation>%1 wird bei Cloudonix und Vapi gelesen…</translation>
    </message>
    <message>
        <source>Looking up the addresses of %1…</source>
        <translation>Die Adressen von %1 werden nachgeschlagen…</translation>
    </message>
    <message>
        <source>reading the current state</source>
        <translation>beim Lesen des aktuellen Zustands</translation>
    </message>
    <message>
        <source>%1 was changed by another run after this plan was made; nothing was changed. Plan again.</source>
        <translation>%1 wurde nach der Erstellung dieses Plans von einem anderen Lauf geändert; es wurde nichts geändert. Planen Sie erneut.</translation>
    </message>
    <message>
        <source>The changes were made and recorded, but what was wanted could not be saved for later comparison: %1</source>
        <translation>Die Änderungen wurden vorgenommen und festgehalten, aber das Gewünschte konnte nicht für spätere Vergleiche gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 is not configured in Trunk Wizard, so there is nothing of it to remove.</source>
        <translation>%1 ist in Trunk Wizard nicht eingerichtet, also gibt es davon nichts zu entfernen.</translation>
    </message>
    <message>
        <source>%1 is not configured in Trunk Wizard; run configure first.</source>
        <translation>%1 ist in Trunk Wizard nicht eingerichtet; führen Sie zuerst configure aus.</translation>
    </message>
    <message>
        <source>A run that stopped mid-way was creating this (%1) %2 s ago; waiting up to %3 s for it to show, so it is not made twice…</source>
        <translation>Ein unterbrochener Lauf hat dies (%1) vor %2 s angelegt; es wird bis zu %3 s gewartet, bis es erscheint, damit es nicht doppelt angelegt wird…</translation>
    </message>
    <message>
        <source>Reading back what already exists to take it over: %1</source>
        <translation>Was bereits vorhanden ist, wird zurückgelesen und übernommen: %1</translation>
    </message>
    <message>
        <source>reading back what already exists</source>
        <translation>Zurücklesen, was bereits vorhanden ist</translation>
    </message>
</context>
<context>
    <name>tw::ProvisioningEngine</name>
    <message>
        <source>recording the start of the run</source>
        <translation>beim Festhalten des Laufbeginns</translation>
    </message>
    <message>
        <source>Trunk Wizard could not record the change, so it stopped: %1</source>
        <translation>Trunk Wizard konnte die Änderung nicht festhalten und hat daher angehalten: %1</translation>
    </message>
    <message>
        <source>%1 answered that %2 already exists, yet it was not found when read back; nothing was taken over. Run the apply again in a minute; if this repeats, send the details to support.</source>
        <translation>%1 meldet, dass %2 bereits existiert, doch beim Zurücklesen wurde es nicht gefunden; nichts wurde übernommen. Führen Sie apply in einer Minute erneut aus; wenn das wieder geschieht, senden Sie die Details an den Support.</translation>
    </message>
</context>
<context>
    <name>tw::RecordStore</name>
    <message>
        <source>Qt&apos;s SQLite driver is missing (package libqt6sql6-sqlite); Trunk Wizard cannot keep its records.</source>
        <translation>Der SQLite-Treiber von Qt fehlt (Paket libqt6sql6-sqlite); Trunk Wizard kann seine Aufzeichnungen nicht führen.</translation>
    </message>
    <message>
        <source>The records file %1 could not be opened (%2).</source>
        <translation>Die Aufzeichnungsdatei %1 konnte nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>The records file %1 could not be opened (%2); check the disk&apos;s free space and the folder&apos;s permissions.</source>
        <translation>Die Aufzeichnungsdatei %1 konnte nicht geöffnet werden (%2); prüfen Sie den freien Platz des Datenträgers und die Rechte des Ordners.</translation>
    </message>
    <message>
        <source>The records file %1 was written by a newer Trunk Wizard (schema %2; this version knows up to %3); update Trunk Wizard. The file was left unchanged.</source>
        <translation>Die Aufzeichnungsdatei %1 wurde von einem neueren Trunk Wizard geschrieben (Schema %2; diese Version kennt bis %3); aktualisieren Sie Trunk Wizard. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>upgrading the records file</source>
        <translation>beim Aktualisieren der Aufzeichnungsdatei</translation>
    </message>
    <message>
        <source>The records file %1 is not open.</source>
        <translation>Die Aufzeichnungsdatei %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The records file %1 could not be written while %2 (%3); check the disk and its permissions.</source>
        <translation>Die Aufzeichnungsdatei %1 konnte %2 nicht geschrieben werden (%3); prüfen Sie den Datenträger und seine Rechte.</translation>
    </message>
    <message>
        <source>The records file %1 could not be written while %2 (%3); nothing of it was saved. Free some disk space or check the folder&apos;s permissions, then try again.</source>
        <translation>Die Aufzeichnungsdatei %1 konnte %2 nicht geschrieben werden (%3); davon wurde nichts gespeichert. Schaffen Sie Platz auf dem Datenträger oder prüfen Sie die Rechte des Ordners und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The records file %1 could not be read (%2).</source>
        <translation>Die Aufzeichnungsdatei %1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>recording a step</source>
        <translation>beim Festhalten eines Schritts</translation>
    </message>
    <message>
        <source>saving the records</source>
        <translation>beim Speichern der Aufzeichnungen</translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation>beim Festhalten von %1</translation>
    </message>
</context>
<context>
    <name>tw::ReportOperation</name>
    <message>
        <source>all domains</source>
        <translation>alle Domains</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n domain(s)…</source>
        <translation>
            <numerusform>%n Domain wird gelesen…</numerusform>
            <numerusform>%n Domains werden gelesen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::ReportPreviewDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Report of all domains</source>
        <translation>Bericht aller Domains</translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation>Bericht von %1</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>HTML (printable)</source>
        <translation>HTML (druckbar)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Markdown (for a support ticket)</source>
        <translation>Markdown (für ein Support-Ticket)</translation>
    </message>
    <message>
        <source>CSV (one row per number)</source>
        <translation>CSV (eine Zeile pro Nummer)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Reading Cloudonix and Vapi for the report…</source>
        <translation>Cloudonix und Vapi werden für den Bericht gelesen…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Den Bericht speichern</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>The report is not ready yet.</source>
        <translation>Der Bericht ist noch nicht fertig.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1 (%2).</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden (%2).</translation>
    </message>
</context>
<context>
    <name>tw::ReportRenderer</name>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Cloudonix</source>
        <translation>Cloudonix</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Inbound SIP host</source>
        <translation>Eingehender SIP-Host</translation>
    </message>
    <message>
        <source>Auto alias</source>
        <translation>Auto-Alias</translation>
    </message>
    <message>
        <source>Allow border-to-border calls</source>
        <translation>Border-to-Border-Anrufe erlauben</translation>
    </message>
    <message>
        <source>Redirect unknown destination to border</source>
        <translation>Unbekannte Ziele an die Border umleiten</translation>
    </message>
    <message>
        <source>Outbound trunks</source>
        <translation>Ausgehende Trunks</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>not in the keychain</source>
        <translation>nicht im Schlüsselbund</translation>
    </message>
    <message>
        <source>Vapi</source>
        <translation>Vapi</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>SIP trunk</source>
        <translation>SIP-Trunk</translation>
    </message>
    <message>
        <source>Leading plus for outbound calls</source>
        <translation>Führendes Plus für ausgehende Anrufe</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Options ping</source>
        <translation>Options-Ping</translation>
    </message>
    <message>
        <source>No gateways.</source>
        <translation>Keine Gateways.</translation>
    </message>
    <message>
        <source>Not read (no live state).</source>
        <translation>Nicht gelesen (kein Live-Zustand).</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Vapi id</source>
        <translation>Vapi-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>No numbers.</source>
        <translation>Keine Nummern.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>None: everything is as last applied.</source>
        <translation>Keine: Alles ist wie zuletzt angewendet.</translation>
    </message>
    <message>
        <source>drift</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Last test calls</source>
        <translation>Letzte Testanrufe</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Vapi&apos;s reason</source>
        <translation>Grund von Vapi</translation>
    </message>
    <message>
        <source>No test calls yet.</source>
        <translation>Noch keine Testanrufe.</translation>
    </message>
    <message>
        <source>SIP checks of the gateways</source>
        <translation>SIP-Prüfungen der Gateways</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Umlaufzeit</translation>
    </message>
    <message>
        <source>No SIP check yet.</source>
        <translation>Noch keine SIP-Prüfung.</translation>
    </message>
    <message>
        <source>(earlier check)</source>
        <translation>(frühere Prüfung)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Change journal</source>
        <translation>Änderungsjournal</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Keine Änderungen festgehalten.</translation>
    </message>
    <message>
        <source>Report %1, generated %2 UTC (%3 local time) by %4; scope: %5.</source>
        <translation>Bericht %1, erstellt %2 UTC (%3 Ortszeit) von %4; Umfang: %5.</translation>
    </message>
    <message>
        <source># Trunk Wizard configuration report</source>
        <translation># Trunk-Wizard-Konfigurationsbericht</translation>
    </message>
    <message>
        <source>&gt; API keys are shown only as fingerprints: their last four characters and the start of their SHA-256 hash.</source>
        <translation>&gt; API-Schlüssel werden nur als Fingerabdrücke gezeigt: ihre letzten vier Zeichen und der Anfang ihres SHA-256-Hashes.</translation>
    </message>
    <message>
        <source>Trunk Wizard report %1</source>
        <translation>Trunk-Wizard-Bericht %1</translation>
    </message>
    <message>
        <source>Trunk Wizard configuration report</source>
        <translation>Trunk-Wizard-Konfigurationsbericht</translation>
    </message>
    <message>
        <source>API keys are shown only as fingerprints: their last four characters and the start of their SHA-256 hash.</source>
        <translation>API-Schlüssel werden nur als Fingerabdrücke gezeigt: ihre letzten vier Zeichen und der Anfang ihres SHA-256-Hashes.</translation>
    </message>
    <message>
        <source>Add the carrier&apos;s trunk in the wizard&apos;s Routing page, or in the Cloudonix console.</source>
        <translation>Fügen Sie den Trunk des Carriers auf der Seite Routing des Assistenten oder in der Cloudonix-Konsole hinzu.</translation>
    </message>
</context>
<context>
    <name>tw::ReviewPage</name>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>As wanted</source>
        <translation>Wie gewünscht</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>Die Änderungen prüfen</translation>
    </message>
    <message>
        <source>This is everything Trunk Wizard will do. Nothing has been changed yet; Apply makes it so.</source>
        <translation>Das ist alles, was Trunk Wizard tun wird. Noch wurde nichts geändert; „Anwenden“ setzt es um.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Geplante Änderungen</translation>
    </message>
    <message>
        <source>Reading Cloudonix and Vapi…</source>
        <translation>Cloudonix und Vapi werden gelesen…</translation>
    </message>
    <message>
        <source>Some of what you entered cannot be used; go back and correct it.</source>
        <translation>Einiges von Ihren Eingaben ist nicht verwendbar; gehen Sie zurück und korrigieren Sie es.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>vorher: %1</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>nachher: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n already as wanted</source>
        <translation>
            <numerusform>%n bereits wie gewünscht</numerusform>
            <numerusform>%n bereits wie gewünscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n Änderung</numerusform>
            <numerusform>%1: %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is already as wanted; Apply only records it.</source>
        <translation>Alles ist bereits wie gewünscht; „Anwenden“ hält es nur fest.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to make.</source>
        <translation>
            <numerusform>%n Änderung vorzunehmen.</numerusform>
            <numerusform>%n Änderungen vorzunehmen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::RoutingPage</name>
    <message>
        <source>Route calls on Cloudonix</source>
        <translation>Anrufe bei Cloudonix leiten</translation>
    </message>
    <message>
        <source>Cloudonix passes calls between Vapi and the phone network; these settings let it.</source>
        <translation>Cloudonix reicht Anrufe zwischen Vapi und dem Telefonnetz weiter; diese Einstellungen erlauben es.</translation>
    </message>
    <message>
        <source>A&amp;llow border-to-border calls (recommended)</source>
        <translation>Border-to-Border-Anrufe &amp;erlauben (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Redirect unknown destination to border (recommended)</source>
        <translation>Unbekannte Ziele an die Border &amp;umleiten (empfohlen)</translation>
    </message>
    <message>
        <source>Add &amp;carrier trunk</source>
        <translation>&amp;Carrier-Trunk hinzufügen</translation>
    </message>
    <message>
        <source>Lets a call that arrives from one external system (Vapi) leave to another (a carrier).</source>
        <translation>Lässt einen Anruf, der von einem externen System (Vapi) ankommt, zu einem anderen (einem Carrier) hinausgehen.</translation>
    </message>
    <message>
        <source>Sends a call to a number the domain does not know out to the border (Vapi&apos;s outbound calls to the phone network).</source>
        <translation>Sendet einen Anruf an eine Nummer, die die Domain nicht kennt, hinaus an die Border (Vapis ausgehende Anrufe ins Telefonnetz).</translation>
    </message>
    <message>
        <source>optional: https://your-server.example.com/vapi.xml</source>
        <translation>optional: https://ihr-server.example.com/vapi.xml</translation>
    </message>
    <message>
        <source>CXML application &amp;URL:</source>
        <translation>C&amp;XML-Anwendungs-URL:</translation>
    </message>
    <message>
        <source>CXML each number gets:</source>
        <translation>CXML, das jede Nummer bekommt:</translation>
    </message>
    <message>
        <source>Outbound carrier trunks</source>
        <translation>Ausgehende Carrier-Trunks</translation>
    </message>
    <message>
        <source>Vapi&apos;s outbound calls reach the phone network through a carrier trunk on the domain (the guide&apos;s example: Telnyx).</source>
        <translation>Vapis ausgehende Anrufe erreichen das Telefonnetz über einen Carrier-Trunk auf der Domain (im Beispiel der Anleitung: Telnyx).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port / transport</source>
        <translation>Port / Transport</translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation>Verwaltet von</translation>
    </message>
    <message>
        <source>⚠ The domain has no outbound trunk yet, so Vapi&apos;s outbound calls have nowhere to go. Add your carrier&apos;s trunk below, or later.</source>
        <translation>⚠ Die Domain hat noch keinen ausgehenden Trunk, daher können Vapis ausgehende Anrufe nirgendwohin. Fügen Sie unten den Trunk Ihres Carriers hinzu, oder später.</translation>
    </message>
    <message>
        <source>telnyx</source>
        <translation>telnyx</translation>
    </message>
    <message>
        <source>sip.telnyx.com</source>
        <translation>sip.telnyx.com</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport:</translation>
    </message>
    <message>
        <source>Carrier %1</source>
        <translation>Carrier %1</translation>
    </message>
    <message>
        <source>Trunk Wizard</source>
        <translation>Trunk Wizard</translation>
    </message>
    <message>
        <source>already on the domain</source>
        <translation>bereits auf der Domain</translation>
    </message>
    <message>
        <source>Carrier trunk</source>
        <translation>Carrier-Trunk</translation>
    </message>
    <message>
        <source>A carrier trunk named &quot;%1&quot; is already in the list.</source>
        <translation>Ein Carrier-Trunk namens „%1“ ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>⚠ Enter a full http:// or https:// address, or leave it empty.</source>
        <translation>⚠ Geben Sie eine vollständige http://- oder https://-Adresse ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Ho&amp;st:</source>
        <translation>Ho&amp;st:</translation>
    </message>
</context>
<context>
    <name>tw::SandboxBanner</name>
    <message>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; nothing is sent to Cloudonix or Vapi. Accounts, numbers and calls here are simulated on this computer.</source>
        <translation>&lt;b&gt;Sandbox:&lt;/b&gt; Nichts wird an Cloudonix oder Vapi gesendet. Konten, Nummern und Anrufe sind hier auf diesem Computer simuliert.</translation>
    </message>
    <message>
        <source>Simulated APIs at %1</source>
        <translation>Simulierte APIs unter %1</translation>
    </message>
</context>
<context>
    <name>tw::SecretLineEdit</name>
    <message>
        <source>Hide key</source>
        <translation>Schlüssel verbergen</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Schlüssel zeigen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tw::SecretStore</name>
    <message>
        <source>the Cloudonix domain %1</source>
        <translation>die Cloudonix-Domain %1</translation>
    </message>
    <message>
        <source>Vapi (%1 region)</source>
        <translation>Vapi (Region %1)</translation>
    </message>
</context>
<context>
    <name>tw::SettingsDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>High contrast shows white text and edges on black, with a yellow focus mark.</source>
        <translation>Hoher Kontrast zeigt weiße Schrift und Kanten auf Schwarz, mit gelber Fokusmarkierung.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Used the next time Trunk Wizard starts, by the app and trunkwizard-cli.</source>
        <translation>Wird beim nächsten Start von Trunk Wizard verwendet, von der App und von trunkwizard-cli.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Request timeout:</source>
        <translation>Zeitlimit für &amp;Anfragen:</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Zeitlimit für Anfragen</translation>
    </message>
    <message>
        <source>How long one request to Cloudonix or Vapi may take before it is tried again or reported.</source>
        <translation>Wie lange eine Anfrage an Cloudonix oder Vapi dauern darf, bevor sie wiederholt oder gemeldet wird.</translation>
    </message>
    <message>
        <source>None: only the system&apos;s certificate authorities</source>
        <translation>Keines: nur die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>Private &amp;CA certificate:</source>
        <translation>Privates &amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>Private CA certificate</source>
        <translation>Privates CA-Zertifikat</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Eine CA-Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>Clear the CA certificate</source>
        <translation>Das CA-Zertifikat leeren</translation>
    </message>
    <message>
        <source>Only for a network whose HTTPS proxy inspects traffic: its CA certificate (PEM or DER) is trusted in addition to the system&apos;s. Certificates are always checked.</source>
        <translation>Nur für ein Netz, dessen HTTPS-Proxy den Verkehr untersucht: Sein CA-Zertifikat (PEM oder DER) wird zusätzlich zu denen des Systems vertraut. Zertifikate werden immer geprüft.</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>Das CA-Zertifikat wählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Settings saved. The CA certificate in %1 is trusted from now on.</source>
        <translation>Einstellungen gespeichert. Dem CA-Zertifikat in %1 wird ab jetzt vertraut.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;prache:</translation>
    </message>
</context>
<context>
    <name>tw::SetupWizard</name>
    <message>
        <source>Set up a domain</source>
        <translation>Eine Domain einrichten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>The glossary: SIP trunk, gateway, options ping, leading plus and the other terms, in plain words (F1)</source>
        <translation>Das Glossar: SIP-Trunk, Gateway, Options-Ping, führendes Plus und die anderen Begriffe in einfachen Worten (F1)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Cloudonix</source>
        <translation>Cloudonix</translation>
    </message>
    <message>
        <source>Vapi</source>
        <translation>Vapi</translation>
    </message>
    <message>
        <source>SIP trunk</source>
        <translation>SIP-Trunk</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
</context>
<context>
    <name>tw::SipCheckRow</name>
    <message>
        <source>Chec&amp;k again</source>
        <translation>Erneut prü&amp;fen</translation>
    </message>
    <message>
        <source>Check the gateway again</source>
        <translation>Das Gateway erneut prüfen</translation>
    </message>
    <message>
        <source>Send SIP OPTIONS to the gateway from this computer</source>
        <translation>SIP OPTIONS von diesem Computer an das Gateway senden</translation>
    </message>
    <message>
        <source>Checks %1 in a moment…</source>
        <translation>Prüft %1 gleich…</translation>
    </message>
    <message>
        <source>Asking %1 over SIP…</source>
        <translation>%1 wird per SIP gefragt…</translation>
    </message>
    <message>
        <source> This computer&apos;s network may block SIP where Vapi&apos;s does not; you can go on.</source>
        <translation> Das Netz dieses Computers sperrt SIP vielleicht, wo das von Vapi es nicht tut; Sie können fortfahren.</translation>
    </message>
    <message>
        <source>✓ The gateway answers SIP (%1, %2 ms).</source>
        <translation>✓ Das Gateway antwortet per SIP (%1, %2 ms).</translation>
    </message>
    <message>
        <source>✓ The gateway answers SIP at each of its %1 addresses (slowest %2 ms).</source>
        <translation>✓ Das Gateway antwortet per SIP an jeder seiner %1 Adressen (langsamste %2 ms).</translation>
    </message>
</context>
<context>
    <name>tw::SipMessage</name>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <source>not a SIP message</source>
        <translation>keine SIP-Nachricht</translation>
    </message>
    <message>
        <source>a SIP message without Via, CSeq or Call-ID</source>
        <translation>eine SIP-Nachricht ohne Via, CSeq oder Call-ID</translation>
    </message>
    <message>
        <source>a SIP message without a start line</source>
        <translation>eine SIP-Nachricht ohne Startzeile</translation>
    </message>
    <message>
        <source>%1 is not a SIP address</source>
        <translation>%1 ist keine SIP-Adresse</translation>
    </message>
    <message>
        <source>a header of the SIP request could not be written</source>
        <translation>ein Header der SIP-Anfrage konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>tw::SipOptionsTransaction</name>
    <message>
        <source>the answer could not be framed as SIP</source>
        <translation>die Antwort ließ sich nicht als SIP abgrenzen</translation>
    </message>
    <message>
        <source>the connection was closed without an answer</source>
        <translation>die Verbindung wurde ohne Antwort geschlossen</translation>
    </message>
</context>
<context>
    <name>tw::SipProbeResult</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>not in DNS</source>
        <translation>nicht im DNS</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>TLS gescheitert</translation>
    </message>
    <message>
        <source>not SIP</source>
        <translation>kein SIP</translation>
    </message>
    <message>
        <source>not a SIP address</source>
        <translation>keine SIP-Adresse</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms (%3).</source>
        <translation>%1 hat per SIP in %2 ms geantwortet (%3).</translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms and asked for credentials (%3): it is reachable, and accepts calls only from its trunk partners.</source>
        <translation>%1 hat per SIP in %2 ms geantwortet und nach Zugangsdaten gefragt (%3): Es ist erreichbar und nimmt Anrufe nur von seinen Trunk-Partnern an.</translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms but refuses this computer (%3): it is reachable; a gateway usually accepts only its trunk partners&apos; addresses, so this is expected.</source>
        <translation>%1 hat per SIP in %2 ms geantwortet, weist diesen Computer aber ab (%3): Es ist erreichbar; ein Gateway nimmt meist nur die Adressen seiner Trunk-Partner an, das ist also zu erwarten.</translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms but does not know the address asked for (%3): check that the gateway is the domain&apos;s inbound SIP host.</source>
        <translation>%1 hat per SIP in %2 ms geantwortet, kennt die gefragte Adresse aber nicht (%3): Prüfen Sie, ob das Gateway der eingehende SIP-Host der Domain ist.</translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms (%3): it is reachable.</source>
        <translation>%1 hat per SIP in %2 ms geantwortet (%3): Es ist erreichbar.</translation>
    </message>
    <message>
        <source>%1 answered but is unavailable (%2): the SIP server is overloaded or down for maintenance; try again in a few minutes, and if it stays so, ask Cloudonix support.</source>
        <translation>%1 hat geantwortet, ist aber nicht verfügbar (%2): Der SIP-Server ist überlastet oder in Wartung; versuchen Sie es in einigen Minuten erneut und fragen Sie den Cloudonix-Support, wenn es so bleibt.</translation>
    </message>
    <message>
        <source>%1 answered with a server failure (%2): try again in a few minutes, and if it stays so, ask Cloudonix support.</source>
        <translation>%1 hat mit einem Serverfehler geantwortet (%2): Versuchen Sie es in einigen Minuten erneut und fragen Sie den Cloudonix-Support, wenn es so bleibt.</translation>
    </message>
    <message>
        <source>%1 did not answer (%2): the host, port or transport may be wrong, a firewall may drop SIP, or the server is down. Check the gateway&apos;s port and protocol, and that this network lets SIP out (UDP or TCP 5060, TLS 5061).</source>
        <translation>%1 hat nicht geantwortet (%2): Host, Port oder Transport sind vielleicht falsch, eine Firewall verwirft SIP, oder der Server ist ausgefallen. Prüfen Sie Port und Protokoll des Gateways und ob dieses Netz SIP hinauslässt (UDP oder TCP 5060, TLS 5061).</translation>
    </message>
    <message>
        <source>1 try</source>
        <translation>1 Versuch</translation>
    </message>
    <message>
        <source>%1 tries</source>
        <translation>%1 Versuche</translation>
    </message>
    <message>
        <source>%1 refused: nothing takes SIP on that port. Check the gateway&apos;s port and protocol (UDP or TCP 5060, TLS 5061).</source>
        <translation>%1 hat abgewiesen: Auf diesem Port nimmt nichts SIP an. Prüfen Sie Port und Protokoll des Gateways (UDP oder TCP 5060, TLS 5061).</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer: check the network connection and any firewall.</source>
        <translation>%1 ist von diesem Computer aus nicht erreichbar: Prüfen Sie die Netzverbindung und jede Firewall.</translation>
    </message>
    <message>
        <source>%1 has no address in DNS: check the host name for typos; the domain&apos;s inbound SIP host is on the Cloudonix page.</source>
        <translation>%1 hat keine Adresse im DNS: Prüfen Sie den Hostnamen auf Tippfehler; der eingehende SIP-Host der Domain steht auf der Cloudonix-Seite.</translation>
    </message>
    <message>
        <source>%1 failed the TLS handshake: check the port (TLS is usually 5061) and, behind a TLS-inspecting proxy, add its CA in Settings.</source>
        <translation>%1 ist am TLS-Handshake gescheitert: Prüfen Sie den Port (TLS ist meist 5061) und fügen Sie hinter einem HTTPS prüfenden Proxy dessen CA in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not SIP: another service listens on that port. Check the gateway&apos;s port.</source>
        <translation>%1 hat mit etwas geantwortet, das kein SIP ist: Auf diesem Port lauscht ein anderer Dienst. Prüfen Sie den Port des Gateways.</translation>
    </message>
    <message>
        <source>%1 cannot be asked: its host is not a valid SIP address. Check the gateway for typos.</source>
        <translation>%1 kann nicht gefragt werden: Sein Host ist keine gültige SIP-Adresse. Prüfen Sie das Gateway auf Tippfehler.</translation>
    </message>
    <message>
        <source>%1 was not checked: the probe was cancelled.</source>
        <translation>%1 wurde nicht geprüft: Die Prüfung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>tw::SipTarget</name>
    <message>
        <source>%1:%2 over %3</source>
        <translation>%1:%2 über %3</translation>
    </message>
</context>
<context>
    <name>tw::SipUdpChannel</name>
    <message>
        <source>%1 is not an IPv4 address</source>
        <translation>%1 ist keine IPv4-Adresse</translation>
    </message>
</context>
<context>
    <name>tw::StaticHostResolver</name>
    <message>
        <source>%1 is not a known host</source>
        <translation>%1 ist kein bekannter Host</translation>
    </message>
</context>
<context>
    <name>tw::StatusRefreshOperation</name>
    <message>
        <source>Reading the keys…</source>
        <translation>Die Schlüssel werden gelesen…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Reading the Vapi account…</source>
        <translation>Das Vapi-Konto wird gelesen…</translation>
    </message>
    <message>
        <source>Checked %1 of %2 domains…</source>
        <translation>%1 von %2 Domains geprüft…</translation>
    </message>
</context>
<context>
    <name>tw::StepList</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>aktueller Schritt</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
</context>
<context>
    <name>tw::SummaryCard</name>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>tw::SyncOperation</name>
    <message>
        <source>Reading Vapi&apos;s numbers…</source>
        <translation>Die Nummern von Vapi werden gelesen…</translation>
    </message>
    <message>
        <source>Reading Vapi&apos;s trunks…</source>
        <translation>Die Trunks von Vapi werden gelesen…</translation>
    </message>
    <message>
        <source>%1: trunk %2 is gone from Vapi; forgotten.</source>
        <translation>%1: Trunk %2 ist bei Vapi verschwunden; vergessen.</translation>
    </message>
    <message>
        <source>%1: trunk &quot;%2&quot; (%3) %4; recorded.</source>
        <translation>%1: Trunk „%2“ (%3) %4; festgehalten.</translation>
    </message>
    <message>
        <source>%1: number %2 is gone from Vapi; forgotten.</source>
        <translation>%1: Nummer %2 ist bei Vapi verschwunden; vergessen.</translation>
    </message>
    <message>
        <source>%1: number %2 found on the trunk; recorded.</source>
        <translation>%1: Nummer %2 auf dem Trunk gefunden; festgehalten.</translation>
    </message>
</context>
<context>
    <name>tw::TestCallDialog</name>
    <message>
        <source>&amp;Place the call</source>
        <translation>Anruf &amp;führen</translation>
    </message>
    <message>
        <source>Test call through %1</source>
        <translation>Testanruf über %1</translation>
    </message>
    <message>
        <source>%1 has only SIP URI numbers, which receive calls but cannot make them: add a number on the trunk to place a test call.</source>
        <translation>%1 hat nur SIP-URI-Nummern, die Anrufe annehmen, aber nicht führen können: Fügen Sie eine Nummer auf dem Trunk hinzu, um einen Testanruf zu führen.</translation>
    </message>
    <message>
        <source>+1 212 555 0100</source>
        <translation>+1 212 555 0100</translation>
    </message>
    <message>
        <source>&amp;From number:</source>
        <translation>&amp;Von Nummer:</translation>
    </message>
    <message>
        <source>&amp;To number:</source>
        <translation>&amp;An Nummer:</translation>
    </message>
    <message>
        <source>Your own phone: Vapi calls it from the number above through the trunk.</source>
        <translation>Ihr eigenes Telefon: Vapi ruft es von der Nummer oben über den Trunk an.</translation>
    </message>
    <message>
        <source>&amp;Assistant (name or id):</source>
        <translation>&amp;Assistent (Name oder ID):</translation>
    </message>
    <message>
        <source>To number: %1</source>
        <translation>An Nummer: %1</translation>
    </message>
    <message>
        <source>Placing the call…</source>
        <translation>Der Anruf wird aufgebaut…</translation>
    </message>
    <message>
        <source>Call status: %1</source>
        <translation>Anrufstatus: %1</translation>
    </message>
    <message>
        <source>Vapi&apos;s reason: %1</source>
        <translation>Grund von Vapi: %1</translation>
    </message>
</context>
<context>
    <name>tw::TestCallOperation</name>
    <message>
        <source>%1 has no number on the trunk yet: add one, then call from it.</source>
        <translation>%1 hat noch keine Nummer auf dem Trunk: Fügen Sie eine hinzu und rufen Sie dann von ihr an.</translation>
    </message>
    <message>
        <source>Call from a number on the trunk instead: %1.</source>
        <translation>Rufen Sie stattdessen von einer Nummer auf dem Trunk an: %1.</translation>
    </message>
    <message>
        <source>Call from a number on the trunk instead: %1 or one of %2 more.</source>
        <translation>Rufen Sie stattdessen von einer Nummer auf dem Trunk an: %1 oder eine von %2 weiteren.</translation>
    </message>
    <message>
        <source>%1 is a Vapi SIP URI number, which only receives calls: Vapi cannot call out from it. %2</source>
        <translation>%1 ist eine Vapi-SIP-URI-Nummer, die nur Anrufe annimmt: Vapi kann von ihr nicht hinaustelefonieren. %2</translation>
    </message>
    <message>
        <source>%1 is not a number of %2 that Trunk Wizard set up; give its Vapi id instead.</source>
        <translation>%1 ist keine Nummer von %2, die Trunk Wizard eingerichtet hat; geben Sie stattdessen ihre Vapi-ID an.</translation>
    </message>
    <message>
        <source>Finding the number and the assistant…</source>
        <translation>Nummer und Assistent werden gesucht…</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>%1 wird angerufen…</translation>
    </message>
</context>
<context>
    <name>tw::TestCallResult</name>
    <message>
        <source>The test call %1 had not ended when the wait ran out (last status: %2).</source>
        <translation>Der Testanruf %1 war nicht beendet, als die Wartezeit ablief (letzter Status: %2).</translation>
    </message>
</context>
<context>
    <name>tw::Troubleshooter</name>
    <message>
        <source>No Vapi SIP trunk is set up for %1: run the wizard (or trunkwizard-cli apply) to create it.</source>
        <translation>Für %1 ist kein Vapi-SIP-Trunk eingerichtet: Führen Sie den Assistenten (oder trunkwizard-cli apply) aus, um ihn anzulegen.</translation>
    </message>
    <message>
        <source>The Vapi trunk recorded for %1 (%2) is gone from Vapi: run the wizard (or trunkwizard-cli apply) to create it again.</source>
        <translation>Der für %1 festgehaltene Vapi-Trunk (%2) ist bei Vapi verschwunden: Führen Sie den Assistenten (oder trunkwizard-cli apply) aus, um ihn neu anzulegen.</translation>
    </message>
    <message>
        <source>Gateway %1 is a host name with &quot;Allow inbound calls&quot; on, and Vapi accepts inbound calls only from IP addresses: turn inbound off on it and add its IPv4 addresses as inbound gateways (the wizard&apos;s SIP trunk page does both).</source>
        <translation>Das Gateway %1 ist ein Hostname mit eingeschaltetem „Eingehende Anrufe erlauben“, und Vapi nimmt eingehende Anrufe nur von IP-Adressen an: Schalten Sie dort eingehend aus und fügen Sie seine IPv4-Adressen als eingehende Gateways hinzu (die Seite „SIP-Trunk“ des Assistenten erledigt beides).</translation>
    </message>
    <message>
        <source>The trunk has no inbound gateway with an IP address, so Vapi refuses the calls Cloudonix sends it: add the addresses of %1 as gateways with &quot;Allow inbound calls&quot; on (the wizard looks them up for you).</source>
        <translation>Der Trunk hat kein eingehendes Gateway mit IP-Adresse, daher weist Vapi die Anrufe ab, die Cloudonix schickt: Fügen Sie die Adressen von %1 als Gateways mit eingeschaltetem „Eingehende Anrufe erlauben“ hinzu (der Assistent schlägt sie für Sie nach).</translation>
    </message>
    <message>
        <source>the domain&apos;s inbound SIP host</source>
        <translation>den eingehenden SIP-Host der Domain</translation>
    </message>
    <message>
        <source>No gateway of the trunk has &quot;Allow outbound calls&quot; on, so Vapi cannot place calls through it: turn it on for %1.</source>
        <translation>Kein Gateway des Trunks hat „Ausgehende Anrufe erlauben“ eingeschaltet, daher kann Vapi keine Anrufe darüber führen: Schalten Sie es für %1 ein.</translation>
    </message>
    <message>
        <source>The numbers are stored with a leading + but &quot;Enable leading plus for outbound calls&quot; is off, so Vapi sends them to Cloudonix without it: turn it on in the trunk.</source>
        <translation>Die Nummern sind mit führendem + gespeichert, aber „Führendes Plus für ausgehende Anrufe aktivieren“ ist aus, daher sendet Vapi sie ohne + an Cloudonix: Schalten Sie es im Trunk ein.</translation>
    </message>
    <message>
        <source>%1 is no longer at Vapi: add it again (the wizard&apos;s Numbers page, or trunkwizard-cli addnumber).</source>
        <translation>%1 ist nicht mehr bei Vapi: Fügen Sie sie erneut hinzu (die Seite „Nummern“ des Assistenten oder trunkwizard-cli addnumber).</translation>
    </message>
    <message>
        <source>%1 is on another Vapi trunk, so its calls do not use %2: apply again to move it, or remove it from the other trunk.</source>
        <translation>%1 liegt auf einem anderen Vapi-Trunk, daher nutzen ihre Anrufe %2 nicht: Wenden Sie erneut an, um sie zu verschieben, oder entfernen Sie sie vom anderen Trunk.</translation>
    </message>
    <message>
        <source>%1 has no assistant, so nobody answers its calls: attach one (the dashboard, or trunkwizard-cli addnumber --assistant).</source>
        <translation>%1 hat keinen Assistenten, daher nimmt niemand ihre Anrufe an: Ordnen Sie einen zu (im Dashboard oder mit trunkwizard-cli addnumber --assistant).</translation>
    </message>
    <message>
        <source>The assistant attached to %1 no longer exists at Vapi, so nobody answers its calls: attach another.</source>
        <translation>Der Assistent von %1 existiert bei Vapi nicht mehr, daher nimmt niemand ihre Anrufe an: Ordnen Sie einen anderen zu.</translation>
    </message>
    <message>
        <source>&quot;Allow border-to-border calls&quot; is off on %1, so Cloudonix refuses calls between Vapi and your carriers: turn it on (the wizard&apos;s Cloudonix page, or apply).</source>
        <translation>„Border-to-Border-Anrufe erlauben“ ist auf %1 aus, daher weist Cloudonix Anrufe zwischen Vapi und Ihren Carriern ab: Schalten Sie es ein (die Cloudonix-Seite des Assistenten oder apply).</translation>
    </message>
    <message>
        <source>&quot;Redirect unknown destination to border&quot; is off on %1, so Vapi&apos;s calls to numbers outside the domain are not passed on to a carrier: turn it on.</source>
        <translation>„Unbekannte Ziele an die Border umleiten“ ist auf %1 aus, daher werden Vapis Anrufe an Nummern außerhalb der Domain nicht an einen Carrier weitergereicht: Schalten Sie es ein.</translation>
    </message>
    <message>
        <source>%1 has no outbound trunk to a carrier, so Vapi&apos;s outbound calls have nowhere to go after Cloudonix: add one (the wizard&apos;s carrier step, or Cloudonix&apos;s console).</source>
        <translation>%1 hat keinen ausgehenden Trunk zu einem Carrier, daher können Vapis ausgehende Anrufe nach Cloudonix nirgendwohin: Fügen Sie einen hinzu (der Carrier-Schritt des Assistenten oder die Cloudonix-Konsole).</translation>
    </message>
    <message>
        <source>Calls to %1 are not routed to Vapi: Cloudonix has no DNID for it. Apply again with a CXML URL (the wizard&apos;s Routing page).</source>
        <translation>Anrufe an %1 werden nicht zu Vapi geleitet: Cloudonix hat dafür keine DNID. Wenden Sie erneut mit einer CXML-URL an (die Seite „Routing“ des Assistenten).</translation>
    </message>
    <message>
        <source>The DNID of %1 has no CXML application, so Cloudonix does not know where its calls go: bind it to the application that dials Vapi (the wizard&apos;s Routing page).</source>
        <translation>Die DNID von %1 hat keine CXML-Anwendung, daher weiß Cloudonix nicht, wohin ihre Anrufe gehen: Binden Sie sie an die Anwendung, die Vapi wählt (die Seite „Routing“ des Assistenten).</translation>
    </message>
</context>
<context>
    <name>tw::TrunkFinder</name>
    <message>
        <source>Vapi has no SIP trunk with the id %1.</source>
        <translation>Vapi hat keinen SIP-Trunk mit der ID %1.</translation>
    </message>
    <message>
        <source>The trunk %1 recorded for this domain no longer exists in Vapi.</source>
        <translation>Der für diese Domain festgehaltene Trunk %1 existiert in Vapi nicht mehr.</translation>
    </message>
    <message>
        <source>Vapi has %1 SIP trunks that could be the one of %2; nothing was changed. Choose one with --trunk ID (or &quot;trunk&quot;: {&quot;id&quot;: ...} in the desired state):</source>
        <translation>Vapi hat %1 SIP-Trunks, die der von %2 sein könnten; es wurde nichts geändert. Wählen Sie einen mit --trunk ID (oder &quot;trunk&quot;: {&quot;id&quot;: ...} im Soll-Zustand):</translation>
    </message>
    <message numerus="yes">
        <source>  %1  &quot;%2&quot;  gateways %3  %n number(s)</source>
        <translation>
            <numerusform>  %1  „%2“  Gateways %3  %n Nummer</numerusform>
            <numerusform>  %1  „%2“  Gateways %3  %n Nummern</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen by its id</source>
        <translation>über seine ID gewählt</translation>
    </message>
    <message>
        <source>recorded by Trunk Wizard</source>
        <translation>von Trunk Wizard festgehalten</translation>
    </message>
    <message>
        <source>found by its gateway on the domain&apos;s inbound SIP host</source>
        <translation>über sein Gateway auf dem eingehenden SIP-Host der Domain gefunden</translation>
    </message>
    <message>
        <source>found by its gateway on the domain&apos;s inbound address</source>
        <translation>über sein Gateway auf der eingehenden Adresse der Domain gefunden</translation>
    </message>
    <message>
        <source>found by its name</source>
        <translation>über seinen Namen gefunden</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
</context>
<context>
    <name>tw::TrunkPage</name>
    <message>
        <source>Set up the SIP trunk</source>
        <translation>Den SIP-Trunk einrichten</translation>
    </message>
    <message>
        <source>Vapi sends and receives calls through this trunk; its gateway is your Cloudonix domain&apos;s inbound SIP host.</source>
        <translation>Vapi sendet und empfängt Anrufe über diesen Trunk; sein Gateway ist der eingehende SIP-Host Ihrer Cloudonix-Domain.</translation>
    </message>
    <message>
        <source>Allow &amp;inbound calls</source>
        <translation>&amp;Eingehende Anrufe erlauben</translation>
    </message>
    <message>
        <source>Allow &amp;outbound calls</source>
        <translation>&amp;Ausgehende Anrufe erlauben</translation>
    </message>
    <message>
        <source>Enable o&amp;ptions ping</source>
        <translation>&amp;Options-Ping aktivieren</translation>
    </message>
    <message>
        <source>Enable &amp;leading plus for outbound calls</source>
        <translation>Führendes &amp;Plus für ausgehende Anrufe aktivieren</translation>
    </message>
    <message>
        <source>Trunk to use</source>
        <translation>Zu verwendender Trunk</translation>
    </message>
    <message>
        <source>T&amp;runk name:</source>
        <translation>T&amp;runk-Name:</translation>
    </message>
    <message>
        <source>&amp;Gateway IP address / FQDN:</source>
        <translation>&amp;Gateway-IP-Adresse / FQDN:</translation>
    </message>
    <message>
        <source>Where Vapi sends calls: your domain&apos;s inbound SIP host, &lt;alias&gt;.sip.cloudonix.net.</source>
        <translation>Wohin Vapi Anrufe sendet: der eingehende SIP-Host Ihrer Domain, &lt;alias&gt;.sip.cloudonix.net.</translation>
    </message>
    <message>
        <source>SIP check:</source>
        <translation>SIP-Prüfung:</translation>
    </message>
    <message>
        <source>Options ping: Vapi checks every few seconds that the gateway answers SIP.</source>
        <translation>Options-Ping: Vapi prüft alle paar Sekunden, ob das Gateway per SIP antwortet.</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>Erwe&amp;itert</translation>
    </message>
    <message>
        <source>Vapi adds the + of E.164 to the numbers it dials: 12127773456 goes out as +12127773456, 442071234567 as +442071234567. Cloudonix expects E.164, so keep it on.</source>
        <translation>Vapi setzt das + von E.164 vor die Nummern, die es wählt: 12127773456 geht als +12127773456 hinaus, 442071234567 als +442071234567. Cloudonix erwartet E.164, lassen Sie es also eingeschaltet.</translation>
    </message>
    <message>
        <source>Split: outbound host gateway, inbound IP gateways</source>
        <translation>Geteilt: ausgehendes Host-Gateway, eingehende IP-Gateways</translation>
    </message>
    <message>
        <source>Single: one gateway for both (older Vapi accounts)</source>
        <translation>Einzeln: ein Gateway für beides (ältere Vapi-Konten)</translation>
    </message>
    <message>
        <source>Gateway &amp;mode:</source>
        <translation>Gateway-&amp;Modus:</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>TLS with SRTP</source>
        <translation>TLS mit SRTP</translation>
    </message>
    <message>
        <source>Transpor&amp;t:</source>
        <translation>Tra&amp;nsport:</translation>
    </message>
    <message>
        <source>&amp;SIP port:</source>
        <translation>&amp;SIP-Port:</translation>
    </message>
    <message>
        <source>How Vapi reaches the gateway; Cloudonix answers on 5060 over UDP.</source>
        <translation>Wie Vapi das Gateway erreicht; Cloudonix antwortet auf 5060 über UDP.</translation>
    </message>
    <message>
        <source>One IPv4 address or range per line, e.g. 203.0.113.10 or 203.0.113.0/24</source>
        <translation>Eine IPv4-Adresse oder ein Bereich pro Zeile, z. B. 203.0.113.10 oder 203.0.113.0/24</translation>
    </message>
    <message>
        <source>Inbound IP gate&amp;ways:</source>
        <translation>Eingehende IP-Ga&amp;teways:</translation>
    </message>
    <message>
        <source>The Cloudonix addresses that send calls to Vapi. Vapi accepts only IP addresses for inbound calls; left empty, they are looked up from the gateway&apos;s host name.</source>
        <translation>Die Cloudonix-Adressen, die Anrufe an Vapi senden. Vapi nimmt für eingehende Anrufe nur IP-Adressen an; bleibt das Feld leer, werden sie über den Hostnamen des Gateways nachgeschlagen.</translation>
    </message>
    <message>
        <source>Note: Looked up from %1; check them against Cloudonix&apos;s list.</source>
        <translation>Hinweis: Nachgeschlagen über %1; gleichen Sie sie mit der Liste von Cloudonix ab.</translation>
    </message>
    <message>
        <source>Note: Vapi already has a trunk for this domain: &quot;%1&quot; (%2). It will be updated in place and keep its numbers; no second trunk is made.</source>
        <translation>Hinweis: Vapi hat bereits einen Trunk für diese Domain: „%1“ (%2). Er wird an Ort und Stelle aktualisiert und behält seine Nummern; es wird kein zweiter Trunk angelegt.</translation>
    </message>
    <message>
        <source>Note: Vapi has %1 trunks that could be this domain&apos;s. Choose the one to use; the others are left alone.</source>
        <translation>Hinweis: Vapi hat %1 Trunks, die zu dieser Domain gehören könnten. Wählen Sie den zu verwendenden; die anderen bleiben unberührt.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
    <message>
        <source>Enter the host Vapi should send calls to.</source>
        <translation>Geben Sie den Host ein, an den Vapi Anrufe senden soll.</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Zeile %1 (%2): %3</translation>
    </message>
    <message>
        <source>an IPv4 address is needed</source>
        <translation>eine IPv4-Adresse wird gebraucht</translation>
    </message>
</context>
<context>
    <name>tw::VapiAccountPage</name>
    <message>
        <source>Connect your Vapi organisation</source>
        <translation>Ihre Vapi-Organisation verbinden</translation>
    </message>
    <message>
        <source>Trunk Wizard reads your assistants and the SIP trunks you already have; nothing is changed yet.</source>
        <translation>Trunk Wizard liest Ihre Assistenten und Ihre vorhandenen SIP-Trunks; noch wird nichts geändert.</translation>
    </message>
    <message>
        <source>V&amp;erify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Vapi &amp;API key:</source>
        <translation>Vapi-&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>Your private API key from the Vapi dashboard (Organization settings, API keys).</source>
        <translation>Ihr privater API-Schlüssel aus dem Vapi-Dashboard (Organization settings, API keys).</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>United States (api.vapi.ai)</source>
        <translation>Vereinigte Staaten (api.vapi.ai)</translation>
    </message>
    <message>
        <source>Europe (api.eu.vapi.ai)</source>
        <translation>Europa (api.eu.vapi.ai)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>Checking with Vapi (US and EU)…</source>
        <translation>Prüfung bei Vapi (USA und EU)…</translation>
    </message>
    <message>
        <source>Checking with Vapi…</source>
        <translation>Prüfung bei Vapi…</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation>Assistenten</translation>
    </message>
    <message>
        <source>SIP trunks</source>
        <translation>SIP-Trunks</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
</context>
<context>
    <name>tw::VapiAssistant</name>
    <message>
        <source>Unnamed assistant (%1)</source>
        <translation>Unbenannter Assistent (%1)</translation>
    </message>
</context>
<context>
    <name>tw::VapiLimits</name>
    <message>
        <source>The name is empty; Vapi needs 1 to %1 characters.</source>
        <translation>Der Name ist leer; Vapi braucht 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a control character; names are plain text.</source>
        <translation>Der Name „%1“ enthält ein Steuerzeichen; Namen sind einfacher Text.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; has %2 characters; Vapi allows at most %3.</source>
        <translation>Der Name „%1“ hat %2 Zeichen; Vapi erlaubt höchstens %3.</translation>
    </message>
    <message>
        <source>The netmask /%1 is outside what Vapi accepts (/%2 to /%3).</source>
        <translation>Die Netzmaske /%1 liegt außerhalb dessen, was Vapi annimmt (/%2 bis /%3).</translation>
    </message>
    <message>
        <source>The port %1 is outside %2 to %3.</source>
        <translation>Der Port %1 liegt außerhalb von %2 bis %3.</translation>
    </message>
</context>
<context>
    <name>tw::VerifyCloudonixOperation</name>
    <message>
        <source>Checking the Cloudonix API key…</source>
        <translation>Der Cloudonix-API-Schlüssel wird geprüft…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the trunks of %1…</source>
        <translation>Die Trunks von %1 werden gelesen…</translation>
    </message>
</context>
<context>
    <name>tw::VerifyVapiOperation</name>
    <message>
        <source>Checking the Vapi API key…</source>
        <translation>Der Vapi-API-Schlüssel wird geprüft…</translation>
    </message>
</context>
<context>
    <name>tw::WelcomePage</name>
    <message>
        <source>Connect a Cloudonix domain to Vapi</source>
        <translation>Eine Cloudonix-Domain mit Vapi verbinden</translation>
    </message>
    <message>
        <source>Trunk Wizard sets up a Vapi SIP trunk to your Cloudonix domain, the domain&apos;s routing and your numbers, and checks every step. Nothing is changed until you confirm the plan.</source>
        <translation>Trunk Wizard richtet einen Vapi-SIP-Trunk zu Ihrer Cloudonix-Domain, das Routing der Domain und Ihre Nummern ein und prüft jeden Schritt. Nichts wird geändert, bevor Sie den Plan bestätigen.</translation>
    </message>
    <message>
        <source>Continue setting up</source>
        <translation>Einrichtung fortsetzen</translation>
    </message>
    <message>
        <source>Set up a connection</source>
        <translation>Eine Verbindung einrichten</translation>
    </message>
    <message>
        <source>Enter your Cloudonix and Vapi keys, then choose the trunk and numbers.</source>
        <translation>Geben Sie Ihre Cloudonix- und Vapi-Schlüssel ein und wählen Sie dann Trunk und Nummern.</translation>
    </message>
    <message>
        <source>Import my cx-vcc setup</source>
        <translation>Mein cx-vcc-Setup importieren</translation>
    </message>
    <message>
        <source>Read ~/.cx-vcc/config.yaml, move its keys into the keychain and continue with its domain.</source>
        <translation>~/.cx-vcc/config.yaml lesen, die Schlüssel in den Schlüsselbund verschieben und mit ihrer Domain fortfahren.</translation>
    </message>
    <message>
        <source>Try it in the sandbox</source>
        <translation>In der Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Walk through the whole flow against simulated Cloudonix and Vapi accounts on this computer.</source>
        <translation>Den ganzen Ablauf mit simulierten Cloudonix- und Vapi-Konten auf diesem Computer durchgehen.</translation>
    </message>
    <message>
        <source>This is the sandbox: the keys and domain are filled in for you, and nothing leaves this computer.</source>
        <translation>Dies ist die Sandbox: Schlüssel und Domain sind für Sie ausgefüllt, und nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Continue setting up %1</source>
        <translation>Einrichtung von %1 fortsetzen</translation>
    </message>
    <message>
        <source>Left on %1. What you entered is kept; your keys come from the keychain.</source>
        <translation>Stehen geblieben bei %1. Ihre Eingaben sind erhalten; Ihre Schlüssel kommen aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n domain(s) and their keys from cx-vcc.</source>
        <translation>
            <numerusform>%n Domain mit ihren Schlüsseln aus cx-vcc importiert.</numerusform>
            <numerusform>%n Domains mit ihren Schlüsseln aus cx-vcc importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::WizardPageBase</name>
    <message>
        <source>The key works but could not be kept in the keychain; you will be asked for it again next time.</source>
        <translation>Der Schlüssel funktioniert, konnte aber nicht im Schlüsselbund aufbewahrt werden; Sie werden beim nächsten Mal erneut danach gefragt.</translation>
    </message>
</context>
</TS>
