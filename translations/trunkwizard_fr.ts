<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Aucune clé Cloudonix de %1 n’est dans le trousseau.</translation>
    </message>
    <message>
        <source>No Vapi key for the %1 region is in the keychain.</source>
        <translation>Aucune clé Vapi de la région %1 n’est dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>tw::ActivityLogModel</name>
    <message>
        <source>%1 (try %2)</source>
        <translation>%1 (essai %2)</translation>
    </message>
    <message>
        <source>%1 ms (waited %2 s)</source>
        <translation>%1 ms (attente %2 s)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>tw::ActivityView</name>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Filter by system, method, path or result…</source>
        <translation>Filtrer par système, méthode, chemin ou résultat…</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Filtrer les requêtes</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>API requests</source>
        <translation>Requêtes API</translation>
    </message>
</context>
<context>
    <name>tw::ApiError</name>
    <message>
        <source>Cloudonix did not accept the API key; copy a valid key from Cloudonix Cockpit and enter it again.</source>
        <translation>Cloudonix n’a pas accepté la clé API ; copiez une clé valide depuis Cloudonix Cockpit et saisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>Vapi did not accept the API key; use the private key from the Vapi dashboard (not the public key) and enter it again.</source>
        <translation>Vapi n’a pas accepté la clé API ; utilisez la clé privée du tableau de bord Vapi (pas la clé publique) et saisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>Cloudonix refused this request for the key in use; use a key of the customer account that owns the domain.</source>
        <translation>Cloudonix a refusé cette requête pour la clé utilisée ; utilisez une clé du compte client propriétaire du domaine.</translation>
    </message>
    <message>
        <source>Vapi refused this request for the key in use; check that the key belongs to the right Vapi organisation.</source>
        <translation>Vapi a refusé cette requête pour la clé utilisée ; vérifiez que la clé appartient à la bonne organisation Vapi.</translation>
    </message>
    <message>
        <source>Cloudonix could not find what was asked for; check the domain name and that it belongs to this account.</source>
        <translation>Cloudonix n’a pas trouvé ce qui était demandé ; vérifiez le nom du domaine et qu’il appartient à ce compte.</translation>
    </message>
    <message>
        <source>Vapi could not find what was asked for; it may have been deleted in the Vapi dashboard, so refresh the status.</source>
        <translation>Vapi n’a pas trouvé ce qui était demandé ; il a peut-être été supprimé dans le tableau de bord Vapi, actualisez donc l’état.</translation>
    </message>
    <message>
        <source>%1 rejected the request as invalid; check the values and try again.</source>
        <translation>%1 a rejeté la requête comme non valide ; vérifiez les valeurs et réessayez.</translation>
    </message>
    <message>
        <source>%1 rejected the request: %2. Correct the value and try again.</source>
        <translation>%1 a rejeté la requête : %2. Corrigez la valeur et réessayez.</translation>
    </message>
    <message>
        <source>%1 reported a conflict with something that already exists; refresh the status and try again.</source>
        <translation>%1 signale un conflit avec quelque chose qui existe déjà ; actualisez l’état et réessayez.</translation>
    </message>
    <message>
        <source>%1 is limiting how fast requests may be sent; wait a minute and try again.</source>
        <translation>%1 limite la cadence des requêtes ; attendez une minute et réessayez.</translation>
    </message>
    <message>
        <source>%1 had an internal problem (HTTP %2); try again in a few minutes, and contact %1 support if it persists.</source>
        <translation>%1 a rencontré un problème interne (HTTP %2) ; réessayez dans quelques minutes et contactez le support de %1 si cela persiste.</translation>
    </message>
    <message>
        <source>%1 did not answer in time; check the internet connection and try again.</source>
        <translation>%1 n’a pas répondu à temps ; vérifiez la connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>Trunk Wizard could not reach %1; check the internet connection, proxy and firewall, then try again.</source>
        <translation>Trunk Wizard n’a pas pu joindre %1 ; vérifiez la connexion Internet, le proxy et le pare-feu, puis réessayez.</translation>
    </message>
    <message>
        <source>Trunk Wizard could not open a secure connection to %1: the server at that address does not answer as an HTTPS server. Check the address (an http:// server or a proxy port?). Nothing was sent.</source>
        <translation>Trunk Wizard n’a pas pu ouvrir de connexion sécurisée vers %1 : le serveur à cette adresse ne répond pas comme un serveur HTTPS. Vérifiez l’adresse (un serveur http:// ou un port de proxy ?). Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed a certificate check; check the computer&apos;s date and any proxy that inspects HTTPS. Nothing was sent.</source>
        <translation>La connexion sécurisée vers %1 a échoué à la vérification du certificat ; vérifiez la date de l’ordinateur et tout proxy qui inspecte le HTTPS. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 sent an answer Trunk Wizard could not read; try again, and send the details to support if it persists.</source>
        <translation>%1 a envoyé une réponse que Trunk Wizard n’a pas pu lire ; réessayez et envoyez les détails au support si cela persiste.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>La requête vers %1 a été annulée.</translation>
    </message>
    <message>
        <source>The %1 address is not a secure https address; use https (plain http is only allowed for this computer&apos;s own loopback sandbox).</source>
        <translation>L’adresse de %1 n’est pas une adresse https sécurisée ; utilisez https (le http simple n’est permis que pour le bac à sable local de cet ordinateur).</translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation>La requête vers %1 a échoué.</translation>
    </message>
</context>
<context>
    <name>tw::ApplyOperation</name>
    <message>
        <source>About %1 s left</source>
        <translation>Environ %1 s restantes</translation>
    </message>
</context>
<context>
    <name>tw::ApplyPage</name>
    <message>
        <source>Applying the changes</source>
        <translation>Application des modifications</translation>
    </message>
    <message>
        <source>Each step is checked and recorded as it completes. You can cancel at any time.</source>
        <translation>Chaque étape est vérifiée et enregistrée dès qu’elle se termine. Vous pouvez annuler à tout moment.</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>A&amp;nnuler l’exécution</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>R&amp;oll back</source>
        <translation>Ann&amp;uler les changements</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation>Étapes de l’exécution</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Annuler l’exécution</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Annuler les changements</translation>
    </message>
    <message>
        <source>Cancelling: the requests under way finish, then what this run made is taken back…</source>
        <translation>Annulation : les requêtes en cours se terminent, puis ce que cette exécution a créé est défait…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>%1 (about %2 s)</source>
        <translation>%1 (environ %2 s)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n change(s) this run made are still in place.</source>
        <translation>
            <numerusform>Arrêté. %n modification faite par cette exécution reste en place.</numerusform>
            <numerusform>Arrêté. %n modifications faites par cette exécution restent en place.</numerusform>
        </translation>
    </message>
    <message>
        <source>A step failed.</source>
        <translation>Une étape a échoué.</translation>
    </message>
    <message>
        <source>%1 Roll back removes what this run made; Retry keeps it and runs again.</source>
        <translation>%1 « Annuler les changements » retire ce que cette exécution a créé ; « Réessayer » le conserve et relance.</translation>
    </message>
    <message numerus="yes">
        <source>Taking back the %n change(s) this run made…</source>
        <translation>
            <numerusform>Retrait de %n modification faite par cette exécution…</numerusform>
            <numerusform>Retrait des %n modifications faites par cette exécution…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Reading Cloudonix and Vapi again…</source>
        <translation>Nouvelle lecture de Cloudonix et Vapi…</translation>
    </message>
    <message>
        <source>The plan cannot be applied as it is.</source>
        <translation>Le plan ne peut pas être appliqué tel quel.</translation>
    </message>
</context>
<context>
    <name>tw::ApplyResult</name>
    <message>
        <source>Everything was already as wanted; nothing was changed.</source>
        <translation>Tout était déjà comme voulu ; rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n change(s) made.</source>
        <translation>
            <numerusform>Terminé : %n modification faite.</numerusform>
            <numerusform>Terminé : %n modifications faites.</numerusform>
        </translation>
    </message>
    <message>
        <source>The apply was cancelled.</source>
        <translation>L’application a été annulée.</translation>
    </message>
    <message>
        <source>%1 (step: %2)</source>
        <translation>%1 (étape : %2)</translation>
    </message>
    <message>
        <source>The apply failed at: %1.</source>
        <translation>L’application a échoué à : %1.</translation>
    </message>
    <message>
        <source>What this run had created was removed again.</source>
        <translation>Ce que cette exécution avait créé a été retiré.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made before the failure stay in place; run the apply again to finish.</source>
        <translation>
            <numerusform>%n modification faite avant l’échec reste en place ; appliquez à nouveau pour terminer.</numerusform>
            <numerusform>%n modifications faites avant l’échec restent en place ; appliquez à nouveau pour terminer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some things could not be removed: %1</source>
        <translation>Certains éléments n’ont pas pu être retirés : %1</translation>
    </message>
</context>
<context>
    <name>tw::AssistantPicker</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>tw::AssistantResolver</name>
    <message>
        <source> (for %1)</source>
        <translation> (pour %1)</translation>
    </message>
    <message>
        <source>No Vapi assistant is named &quot;%1&quot;%2; check the name or use the assistant&apos;s id.</source>
        <translation>Aucun assistant Vapi ne s’appelle « %1 »%2 ; vérifiez le nom ou utilisez l’identifiant de l’assistant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 Vapi assistants (%3)%4; use the id of the one you mean.</source>
        <translation>« %1 » correspond à %2 assistants Vapi (%3)%4 ; utilisez l’identifiant de celui que vous voulez.</translation>
    </message>
</context>
<context>
    <name>tw::BoundedFile</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>il n’existe pas</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>larger than %1</source>
        <translation>plus grand que %1</translation>
    </message>
</context>
<context>
    <name>tw::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>Travail en cours</translation>
    </message>
</context>
<context>
    <name>tw::CaBundle</name>
    <message>
        <source>The CA certificate file %1 cannot be read (%2).</source>
        <translation>Le fichier de certificat d’autorité %1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate; give the CA certificate of your HTTPS proxy, in PEM or DER form.</source>
        <translation>Le fichier %1 ne contient aucun certificat ; indiquez le certificat d’autorité de votre proxy HTTPS, au format PEM ou DER.</translation>
    </message>
</context>
<context>
    <name>tw::CliAccountCommands</name>
    <message>
        <source>configure needs --domain and --apikey (use --apikey - to read the key from standard input).</source>
        <translation>configure a besoin de --domain et --apikey (utilisez --apikey - pour lire la clé sur l’entrée standard).</translation>
    </message>
    <message>
        <source>%1 domain %2; the key is in the keychain.</source>
        <translation>%1 domaine %2 ; la clé est dans le trousseau.</translation>
    </message>
    <message>
        <source>Cloudonix shows no inbound SIP host for it (no auto alias); give the trunk&apos;s gateway by hand.</source>
        <translation>Cloudonix n’indique aucun hôte SIP entrant pour lui (pas d’alias automatique) ; indiquez la passerelle du trunk à la main.</translation>
    </message>
    <message>
        <source>Inbound SIP host: %1</source>
        <translation>Hôte SIP entrant : %1</translation>
    </message>
    <message>
        <source>Only --provider vapi is supported.</source>
        <translation>Seul --provider vapi est pris en charge.</translation>
    </message>
    <message>
        <source>To create or reuse the domain&apos;s trunk, give --domain too.</source>
        <translation>Pour créer ou réutiliser le trunk du domaine, indiquez aussi --domain.</translation>
    </message>
    <message>
        <source>The Vapi key works and is in the keychain.</source>
        <translation>La clé Vapi fonctionne et se trouve dans le trousseau.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n domain(s) from %1, with %2.</source>
        <translation>
            <numerusform>%n domaine importé de %1, avec %2.</numerusform>
            <numerusform>%n domaines importés de %1, avec %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n numéro</numerusform>
            <numerusform>%n numéros</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored the key for %1 in the keychain.</source>
        <translation>La clé de %1 a été enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>delete needs --domain.</source>
        <translation>delete a besoin de --domain.</translation>
    </message>
    <message>
        <source>%1 is not configured.</source>
        <translation>%1 n’est pas configuré.</translation>
    </message>
    <message>
        <source>Note: the Cloudonix key of %1 could not be removed from the keychain: %2</source>
        <translation>Remarque : la clé Cloudonix de %1 n’a pas pu être retirée du trousseau : %2</translation>
    </message>
    <message>
        <source>%1 is forgotten, and its key removed from the keychain.</source>
        <translation>%1 est oublié, et sa clé retirée du trousseau.</translation>
    </message>
</context>
<context>
    <name>tw::CliArguments</name>
    <message>
        <source>Unknown option %1; see trunkwizard-cli help.</source>
        <translation>Option inconnue %1 ; voir trunkwizard-cli help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see trunkwizard-cli help.</source>
        <translation>Argument inattendu « %1 » ; voir trunkwizard-cli help.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 a besoin d’une valeur.</translation>
    </message>
    <message>
        <source>Unknown option --%1; see trunkwizard-cli help.</source>
        <translation>Option inconnue --%1 ; voir trunkwizard-cli help.</translation>
    </message>
</context>
<context>
    <name>tw::CliCommand</name>
    <message>
        <source>%1 is not configured yet; run trunkwizard-cli configure --domain %1 --apikey - first.</source>
        <translation>%1 n’est pas encore configuré ; lancez d’abord trunkwizard-cli configure --domain %1 --apikey -.</translation>
    </message>
    <message>
        <source>run trunkwizard-cli configure --domain %1 --apikey -</source>
        <translation>lancez trunkwizard-cli configure --domain %1 --apikey -</translation>
    </message>
    <message>
        <source>run trunkwizard-cli service --provider vapi --apikey -</source>
        <translation>lancez trunkwizard-cli service --provider vapi --apikey -</translation>
    </message>
    <message>
        <source>This changes Cloudonix or Vapi and there is no terminal to ask on; run again with --yes after reading the plan.</source>
        <translation>Ceci modifie Cloudonix ou Vapi et il n’y a pas de terminal pour demander confirmation ; lisez le plan puis relancez avec --yes.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Make these %n change(s)?</source>
        <translation>
            <numerusform>Faire cette modification ?</numerusform>
            <numerusform>Faire ces %n modifications ?</numerusform>
        </translation>
    </message>
    <message>
        <source>done:</source>
        <translation>fait :</translation>
    </message>
    <message>
        <source>failed:</source>
        <translation>échec :</translation>
    </message>
    <message numerus="yes">
        <source>Taking back the %n change(s) this run made…</source>
        <translation>
            <numerusform>Retrait de %n modification faite par cette exécution…</numerusform>
            <numerusform>Retrait des %n modifications faites par cette exécution…</numerusform>
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
        <translation>Utilisation : trunkwizard-cli COMMANDE [options]   (les options globales peuvent figurer n’importe où)

Compatibles cx-vcc :
  configure --domain D --apikey K          vérifier une clé et un domaine Cloudonix ; ranger la clé dans le trousseau
  service --provider vapi --apikey K [--domain D [--name N] [--inbound-ip IP[/MASQUE]]...]
                                           ranger la clé Vapi ; avec --domain, créer ou réutiliser le trunk du
                                           domaine (nom par défaut « Cloudonix D » ; passerelle sortante par
                                           hôte + passerelles entrantes par IP)
  addnumber --domain D --provider vapi --number N [--number N...] [--file numbers.csv]
            [--assistant ID_OU_NOM] [--mode trunk|sip-uri] [--number-region CC]
                                           (CC : le pays des numéros écrits sans + initial)
  display [--domain D] [--remote]          ce qui est enregistré (et, avec --remote, ce qui est en service)
  sync [--domain D] [--trunk ID]           enregistrer le trunk et les numéros du domaine tels que Vapi les a
                                           (aucun changement distant)
  delete --domain D [--remote]             oublier un domaine ; avec --remote, retirer d’abord son trunk et ses numéros
Autres :
  plan --file STATE.json                   montrer ce qu’un apply changerait
  (--trunk ID sur service, addnumber, plan, apply et sync : utiliser ce trunk Vapi quand plusieurs pourraient
   être celui du domaine)
  apply --file STATE.json [--no-rollback]  l’appliquer
  status --domain D                        état en service et écarts par rapport à ce qui a été appliqué
  test-call --domain D --from NUMÉRO_OU_ID --to NUMÉRO --assistant ID_OU_NOM [--wait SECONDES]
  teardown --domain D [--restore-cloudonix] retirer les numéros, puis le trunk (et rétablir les réglages du domaine)
  probe --domain D [--timeout SECONDES]    les passerelles du trunk répondent-elles en SIP ? (OPTIONS à chaque adresse)
  doctor --domain D [--timeout SECONDES]   ce qui est mal configuré, chaque point avec sa correction (code 0 : rien)
  import-cxvcc [--file CHEMIN]             importer ~/.cx-vcc/config.yaml ; ses clés passent dans le trousseau
  report --domain D|--all --format json|html|pdf|csv|md --output FICHIER|-
                                           un rapport de configuration (clés uniquement en empreintes)
  glossary [--term CLÉ]                    trunk SIP, passerelle, ping OPTIONS, plus initial... en termes simples

Options globales : --config-dir DOSSIER, --cloudonix-url URL, --vapi-url URL, --region us|eu, --json, --verbose,
  --sandbox (Cloudonix et Vapi simulés sur cet ordinateur), --yes (aucune question de confirmation),
  --ca-file FICHIER (certificats d’autorité, PEM ou DER, approuvés en plus de ceux du système : un proxy qui inspecte le TLS),
  --lang en|de|es|fr|he (la langue des messages ; par défaut : celle des réglages, sinon celle du système),
  --help, --version.
Clés : --apikey K (visible dans la liste des processus) ou --apikey - (lue sur l’entrée standard) l’emportent sur
  TRUNKWIZARD_CLOUDONIX_KEY / TRUNKWIZARD_VAPI_KEY, qui l’emportent sur le trousseau.
Codes de sortie : 0 succès, 1 refus d’un système distant ou autre échec, 2 saisie ou utilisation non valide,
  3 échec d’authentification, 4 réseau injoignable, délai dépassé ou échec TLS, 5 trousseau indisponible.
</translation>
    </message>
    <message>
        <source>--lang must be one of %1.</source>
        <translation>--lang doit être l’une de %1.</translation>
    </message>
    <message>
        <source>--region must be us or eu.</source>
        <translation>--region doit être us ou eu.</translation>
    </message>
    <message>
        <source>Unknown command %1; see trunkwizard-cli help.</source>
        <translation>Commande inconnue %1 ; voir trunkwizard-cli help.</translation>
    </message>
    <message>
        <source>Sandbox: nothing is sent to Cloudonix or Vapi (simulated at %1).</source>
        <translation>Bac à sable : rien n’est envoyé à Cloudonix ni à Vapi (simulé sur %1).</translation>
    </message>
</context>
<context>
    <name>tw::CliDiagnosticCommands</name>
    <message>
        <source>probe needs --domain.</source>
        <translation>probe a besoin de --domain.</translation>
    </message>
    <message>
        <source>No Vapi trunk is recorded for %1 (or no Vapi key is at hand): the domain&apos;s inbound SIP host was checked instead.</source>
        <translation>Aucun trunk Vapi n’est enregistré pour %1 (ou aucune clé Vapi n’est disponible) : c’est l’hôte SIP entrant du domaine qui a été vérifié.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 300.</source>
        <translation>--timeout prend un nombre de secondes de 1 à 300.</translation>
    </message>
    <message>
        <source>doctor needs --domain.</source>
        <translation>doctor a besoin de --domain.</translation>
    </message>
</context>
<context>
    <name>tw::CliDomainView</name>
    <message>
        <source>  Inbound SIP host: %1</source>
        <translation>  Hôte SIP entrant : %1</translation>
    </message>
    <message>
        <source>  Vapi trunk: none found</source>
        <translation>  Trunk Vapi : aucun trouvé</translation>
    </message>
    <message>
        <source>  Vapi trunk: %1 %2</source>
        <translation>  Trunk Vapi : %1 %2</translation>
    </message>
    <message>
        <source>    gateway %1/%2 inbound %3, outbound %4, options ping %5</source>
        <translation>    passerelle %1/%2 entrant %3, sortant %4, ping OPTIONS %5</translation>
    </message>
    <message>
        <source>no assistant</source>
        <translation>aucun assistant</translation>
    </message>
    <message>
        <source>  Cloudonix: allow border-to-border %1, redirect unknown to border %2</source>
        <translation>  Cloudonix : autoriser les appels de frontière à frontière %1, rediriger les destinations inconnues vers la frontière %2</translation>
    </message>
    <message>
        <source>    outbound trunk &quot;%1&quot;: %2</source>
        <translation>    trunk sortant « %1 » : %2</translation>
    </message>
    <message>
        <source>  Drift:</source>
        <translation>  Écarts :</translation>
    </message>
    <message>
        <source>  No drift: everything is as last applied.</source>
        <translation>  Aucun écart : tout est comme lors de la dernière application.</translation>
    </message>
    <message>
        <source>  Nothing applied with Trunk Wizard yet, so no drift to show.</source>
        <translation>  Rien n’a encore été appliqué avec Trunk Wizard, donc aucun écart à montrer.</translation>
    </message>
    <message>
        <source>  Vapi trunk: %1</source>
        <translation>  Trunk Vapi : %1</translation>
    </message>
    <message>
        <source> (Vapi id %1)</source>
        <translation> (identifiant Vapi %1)</translation>
    </message>
    <message>
        <source>Add the carrier&apos;s trunk: cloudonix.carrierTrunks in the desired state.</source>
        <translation>Ajoutez le trunk de l’opérateur : cloudonix.carrierTrunks dans l’état souhaité.</translation>
    </message>
</context>
<context>
    <name>tw::CliKeys</name>
    <message>
        <source>The %1 API key is empty.</source>
        <translation>La clé API %1 est vide.</translation>
    </message>
    <message>
        <source>No %1 key is stored; %2 or set %3.</source>
        <translation>Aucune clé %1 n’est enregistrée ; %2 ou définissez %3.</translation>
    </message>
    <message>
        <source> Nothing was saved.</source>
        <translation> Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>tw::CliNumberCommands</name>
    <message>
        <source>addnumber needs --domain.</source>
        <translation>addnumber a besoin de --domain.</translation>
    </message>
    <message>
        <source>Only --provider vapi is supported.</source>
        <translation>Seul --provider vapi est pris en charge.</translation>
    </message>
    <message>
        <source>--mode must be trunk or sip-uri.</source>
        <translation>--mode doit être trunk ou sip-uri.</translation>
    </message>
    <message>
        <source>The numbers file %1 cannot be read (%2); give a CSV or text file with one number per line.</source>
        <translation>Le fichier de numéros %1 ne peut pas être lu (%2) ; indiquez un fichier CSV ou texte avec un numéro par ligne.</translation>
    </message>
    <message>
        <source>addnumber needs --number (repeatable) or --file numbers.csv.</source>
        <translation>addnumber a besoin de --number (répétable) ou --file numbers.csv.</translation>
    </message>
    <message>
        <source>%1: Vapi id %2</source>
        <translation>%1 : identifiant Vapi %2</translation>
    </message>
    <message>
        <source>%1 is not configured.</source>
        <translation>%1 n’est pas configuré.</translation>
    </message>
    <message>
        <source>Everything stored matches Vapi.</source>
        <translation>Tout ce qui est enregistré correspond à Vapi.</translation>
    </message>
    <message>
        <source>test-call needs --domain, --from, --to and --assistant.</source>
        <translation>test-call a besoin de --domain, --from, --to et --assistant.</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds.</source>
        <translation>--wait prend un nombre de secondes.</translation>
    </message>
    <message>
        <source>Call status: %1</source>
        <translation>État de l’appel : %1</translation>
    </message>
</context>
<context>
    <name>tw::CliStateCommands</name>
    <message>
        <source>%1 needs --file STATE.json.</source>
        <translation>%1 a besoin de --file STATE.json.</translation>
    </message>
    <message>
        <source>The desired state file %1 is larger than 16 MB, far more than any real state (10,000 numbers take about 1 MB); check that it is the right file.</source>
        <translation>Le fichier d’état voulu %1 dépasse 16 Mo, bien plus que tout état réel (10 000 numéros font environ 1 Mo) ; vérifiez que c’est le bon fichier.</translation>
    </message>
    <message>
        <source>The desired state file %1 cannot be read (%2).</source>
        <translation>Le fichier d’état voulu %1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>The desired state file %1 is not a JSON object (%2 at offset %3).</source>
        <translation>Le fichier d’état voulu %1 n’est pas un objet JSON (%2 à la position %3).</translation>
    </message>
    <message>
        <source>The desired state file %1 gives &quot;%2&quot; twice; keep the one you mean.</source>
        <translation>Le fichier d’état voulu %1 donne « %2 » deux fois ; gardez celle que vous voulez.</translation>
    </message>
    <message>
        <source>teardown needs --domain.</source>
        <translation>teardown a besoin de --domain.</translation>
    </message>
</context>
<context>
    <name>tw::CliViewCommands</name>
    <message>
        <source>%1 is not configured; run trunkwizard-cli configure first.</source>
        <translation>%1 n’est pas configuré ; lancez d’abord trunkwizard-cli configure.</translation>
    </message>
    <message>
        <source>No domain is configured yet.</source>
        <translation>Aucun domaine n’est encore configuré.</translation>
    </message>
    <message>
        <source>report needs --domain D or --all, --format json|html|pdf|csv|md and --output FILE (- for standard output, except for pdf).</source>
        <translation>report a besoin de --domain D ou --all, --format json|html|pdf|csv|md et --output FICHIER (- pour la sortie standard, sauf en pdf).</translation>
    </message>
    <message>
        <source>%1 is not configured.</source>
        <translation>%1 n’est pas configuré.</translation>
    </message>
    <message>
        <source>Report %1 written to %2.</source>
        <translation>Rapport %1 écrit dans %2.</translation>
    </message>
    <message>
        <source>The report could not be written to %1 (%2).</source>
        <translation>Le rapport n’a pas pu être écrit dans %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Report %1 written to %2 (%n domain(s)).</source>
        <translation>
            <numerusform>Rapport %1 écrit dans %2 (%n domaine).</numerusform>
            <numerusform>Rapport %1 écrit dans %2 (%n domaines).</numerusform>
        </translation>
    </message>
    <message>
        <source>status needs --domain.</source>
        <translation>status a besoin de --domain.</translation>
    </message>
    <message>
        <source>There is no term %1; the glossary has %2.</source>
        <translation>Il n’y a pas de terme %1 ; le glossaire contient %2.</translation>
    </message>
</context>
<context>
    <name>tw::CloudonixAccountPage</name>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Connect your Cloudonix domain</source>
        <translation>Connectez votre domaine Cloudonix</translation>
    </message>
    <message>
        <source>Trunk Wizard reads the domain&apos;s inbound SIP address from Cloudonix; nothing is changed yet.</source>
        <translation>Trunk Wizard lit l’adresse SIP entrante du domaine chez Cloudonix ; rien n’est encore modifié.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>acme.cloudonix.net</source>
        <translation>acme.cloudonix.net</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <source>The Cloudonix domain&apos;s name, as the Cloudonix cockpit shows it.</source>
        <translation>Le nom du domaine Cloudonix, tel que Cloudonix Cockpit l’affiche.</translation>
    </message>
    <message>
        <source>Cloudonix &amp;API key:</source>
        <translation>&amp;Clé API Cloudonix :</translation>
    </message>
    <message>
        <source>A customer key or this domain&apos;s key. It is kept in your system keychain only.</source>
        <translation>Une clé client ou la clé de ce domaine. Elle n’est conservée que dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Checking with Cloudonix…</source>
        <translation>Vérification auprès de Cloudonix…</translation>
    </message>
    <message>
        <source>Inbound SIP host</source>
        <translation>Hôte SIP entrant</translation>
    </message>
    <message>
        <source>none: the domain has no auto alias</source>
        <translation>aucun : le domaine n’a pas d’alias automatique</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Allow border-to-border calls</source>
        <translation>Autoriser les appels de frontière à frontière</translation>
    </message>
    <message>
        <source>Redirect unknown destination to border</source>
        <translation>Rediriger les destinations inconnues vers la frontière</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>this domain&apos;s key</source>
        <translation>clé de ce domaine</translation>
    </message>
    <message>
        <source>customer key</source>
        <translation>clé client</translation>
    </message>
</context>
<context>
    <name>tw::ConfigStore</name>
    <message>
        <source>The settings folder %1 belongs to another user; Trunk Wizard uses only a folder of your own. Choose another one (TRUNKWIZARD_CONFIG_DIR or --config-dir).</source>
        <translation>Le dossier de réglages %1 appartient à un autre utilisateur ; Trunk Wizard n’utilise qu’un dossier à vous. Choisissez-en un autre (TRUNKWIZARD_CONFIG_DIR ou --config-dir).</translation>
    </message>
    <message>
        <source>The settings folder %1 is open to other users and its permissions could not be tightened; make it private (chmod 700) and try again.</source>
        <translation>Le dossier de réglages %1 est ouvert aux autres utilisateurs et ses droits n’ont pas pu être restreints ; rendez-le privé (chmod 700) et réessayez.</translation>
    </message>
    <message>
        <source>The settings folder %1 was open to other users; it is now private to you.</source>
        <translation>Le dossier de réglages %1 était ouvert aux autres utilisateurs ; il vous est désormais réservé.</translation>
    </message>
    <message>
        <source>The settings file %1 is larger than 64 MB, far more than Trunk Wizard ever writes; move it away and start again. It was not changed.</source>
        <translation>Le fichier de réglages %1 dépasse 64 Mo, bien plus que ce que Trunk Wizard écrit jamais ; déplacez-le et relancez. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read (%2); fix its permissions and start again. It was not changed.</source>
        <translation>Le fichier de réglages %1 ne peut pas être lu (%2) ; corrigez ses droits et relancez. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be set aside; move it away by hand and start again.</source>
        <translation>Le fichier de réglages %1 est endommagé et n’a pas pu être mis de côté ; déplacez-le à la main et relancez.</translation>
    </message>
    <message>
        <source>The settings file was damaged, so Trunk Wizard kept it as %1 and started with empty settings; your records and your API keys in the keychain are untouched.</source>
        <translation>Le fichier de réglages était endommagé : Trunk Wizard l’a conservé sous %1 et a démarré avec des réglages vides ; vos enregistrements et vos clés API dans le trousseau sont intacts.</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer Trunk Wizard (format %2; this version reads up to %3); update Trunk Wizard. The file was left unchanged.</source>
        <translation>Le fichier de réglages %1 a été écrit par un Trunk Wizard plus récent (format %2 ; cette version lit jusqu’au %3) ; mettez Trunk Wizard à jour. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be copied before its upgrade; check the disk, then start again.</source>
        <translation>Le fichier de réglages %1 n’a pas pu être copié avant sa mise à niveau ; vérifiez le disque, puis relancez.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written (%2); check the disk and its permissions.</source>
        <translation>Le fichier de réglages %1 n’a pas pu être écrit (%2) ; vérifiez le disque et ses droits.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be saved (%2); the previous version is intact. Free some disk space or check the folder&apos;s permissions, then try again.</source>
        <translation>Le fichier de réglages %1 n’a pas pu être enregistré (%2) ; la version précédente est intacte. Libérez de l’espace disque ou vérifiez les droits du dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be saved (%2); the previous version is intact.</source>
        <translation>Le fichier de réglages %1 n’a pas pu être enregistré (%2) ; la version précédente est intacte.</translation>
    </message>
    <message>
        <source>The settings folder %1 could not be created; check that the disk is writable.</source>
        <translation>Le dossier de réglages %1 n’a pas pu être créé ; vérifiez que le disque est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>tw::CoreContext</name>
    <message>
        <source>Cloudonix address: %1</source>
        <translation>Adresse de Cloudonix : %1</translation>
    </message>
    <message>
        <source>Vapi address: %1</source>
        <translation>Adresse de Vapi : %1</translation>
    </message>
</context>
<context>
    <name>tw::CxVccImporter</name>
    <message>
        <source>No cx-vcc configuration was found at %1; give the path of its config.yaml.</source>
        <translation>Aucune configuration cx-vcc n’a été trouvée dans %1 ; indiquez le chemin de son config.yaml.</translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 is larger than 4 MB, far more than any cx-vcc configuration; check that it is the right file. Nothing was imported.</source>
        <translation>La configuration cx-vcc %1 dépasse 4 Mo, bien plus que toute configuration cx-vcc ; vérifiez que c’est le bon fichier. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 cannot be read (%2).</source>
        <translation>La configuration cx-vcc %1 ne peut pas être lue (%2).</translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 is not valid YAML (line %2, column %3); nothing was imported.</source>
        <translation>La configuration cx-vcc %1 n’est pas du YAML valide (ligne %2, colonne %3) ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 does not have the expected layout; nothing was imported.</source>
        <translation>La configuration cx-vcc %1 n’a pas la structure attendue ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>An entry without a usable domain name was skipped.</source>
        <translation>Une entrée sans nom de domaine utilisable a été ignorée.</translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 has an unexpected entry (line %2); nothing was imported.</source>
        <translation>La configuration cx-vcc %1 contient une entrée inattendue (ligne %2) ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 holds no domain and no Vapi key; nothing was imported.</source>
        <translation>La configuration cx-vcc %1 ne contient ni domaine ni clé Vapi ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1: cx-vcc names trunk %2 but Trunk Wizard already manages trunk %3; kept %3.</source>
        <translation>%1 : cx-vcc désigne le trunk %2 mais Trunk Wizard gère déjà le trunk %3 ; %3 a été conservé.</translation>
    </message>
    <message>
        <source>%1: number %2 was skipped: %3</source>
        <translation>%1 : le numéro %2 a été ignoré : %3</translation>
    </message>
    <message>
        <source>%1: cx-vcc stored no Cloudonix key; enter it when you first use the domain.</source>
        <translation>%1 : cx-vcc n’a enregistré aucune clé Cloudonix ; saisissez-la à la première utilisation du domaine.</translation>
    </message>
    <message>
        <source>%1 still holds the API keys in plain text; delete the file (or its apiKey lines) once you no longer use cx-vcc. Trunk Wizard did not change it.</source>
        <translation>%1 contient toujours les clés API en clair ; supprimez le fichier (ou ses lignes apiKey) dès que vous n’utilisez plus cx-vcc. Trunk Wizard ne l’a pas modifié.</translation>
    </message>
    <message>
        <source>No keychain is available, so nothing was imported.</source>
        <translation>Aucun trousseau n’est disponible, donc rien n’a été importé.</translation>
    </message>
    <message>
        <source>The key for %1 could not be stored in the keychain, so nothing was imported: %2</source>
        <translation>La clé de %1 n’a pas pu être enregistrée dans le trousseau, donc rien n’a été importé : %2</translation>
    </message>
</context>
<context>
    <name>tw::DashboardView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Edit in the wizard…</source>
        <translation>&amp;Modifier dans l’assistant…</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>Acc&amp;epter</translation>
    </message>
    <message>
        <source>Fix a&amp;ll…</source>
        <translation>Tout co&amp;rriger…</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <source>&amp;Tear down…</source>
        <translation>&amp;Démonter…</translation>
    </message>
    <message>
        <source>Re&amp;port…</source>
        <translation>Ra&amp;pport…</translation>
    </message>
    <message>
        <source>A&amp;dd numbers…</source>
        <translation>Ajouter des &amp;numéros…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Edit in the wizard…</source>
        <translation>Modifier dans l’assistant…</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Put the selected finding back as Trunk Wizard last applied it (shows the change first)</source>
        <translation>Remettre le constat sélectionné tel que Trunk Wizard l’a appliqué la dernière fois (montre d’abord la modification)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Keep the selected finding as it is now: it becomes what is wanted</source>
        <translation>Garder le constat sélectionné tel qu’il est : il devient l’état voulu</translation>
    </message>
    <message>
        <source>Fix all…</source>
        <translation>Tout corriger…</translation>
    </message>
    <message>
        <source>Apply again everything Trunk Wizard last applied (shows the changes first)</source>
        <translation>Appliquer à nouveau tout ce que Trunk Wizard a appliqué la dernière fois (montre d’abord les modifications)</translation>
    </message>
    <message>
        <source>Make what Cloudonix and Vapi hold now the wanted state</source>
        <translation>Faire de ce que Cloudonix et Vapi contiennent maintenant l’état voulu</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Numbers of the domain</source>
        <translation>Numéros du domaine</translation>
    </message>
    <message>
        <source>Filter numbers, ids, assistants…</source>
        <translation>Filtrer numéros, identifiants, assistants…</translation>
    </message>
    <message>
        <source>Filter numbers</source>
        <translation>Filtrer les numéros</translation>
    </message>
    <message>
        <source>What needs a look</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Test call…</source>
        <translation>Appel de test…</translation>
    </message>
    <message>
        <source>Last test calls</source>
        <translation>Derniers appels de test</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <source>A configuration report of every domain, previewed before it is saved</source>
        <translation>Un rapport de configuration de tous les domaines, prévisualisé avant d’être enregistré</translation>
    </message>
    <message>
        <source>The assistant that answers the selected numbers</source>
        <translation>L’assistant qui répond aux numéros sélectionnés</translation>
    </message>
    <message>
        <source>Remove the selected numbers from Vapi (shows the changes first)</source>
        <translation>Retirer de Vapi les numéros sélectionnés (montre d’abord les modifications)</translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation>Actualisation automatique désactivée</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Chaque minute</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Toutes les 5 minutes</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Toutes les 15 minutes</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>Actualisation automatique</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>No domain is configured yet.</source>
        <translation>Aucun domaine n’est encore configuré.</translation>
    </message>
    <message>
        <source>No domain selected</source>
        <translation>Aucun domaine sélectionné</translation>
    </message>
    <message>
        <source>Set up a domain… connects a Cloudonix domain to Vapi, step by step.</source>
        <translation>« Configurer un domaine… » relie un domaine Cloudonix à Vapi, étape par étape.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Refresh reads what Cloudonix and Vapi hold now.</source>
        <translation>« Actualiser » lit ce que Cloudonix et Vapi contiennent maintenant.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Nothing: everything is as last applied.</source>
        <translation>Rien : tout est comme lors de la dernière application.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n domain(s) with Cloudonix and Vapi…</source>
        <translation>
            <numerusform>Vérification de %n domaine auprès de Cloudonix et Vapi…</numerusform>
            <numerusform>Vérification de %n domaines auprès de Cloudonix et Vapi…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 → %3: %4</source>
        <translation>%1 — %2 → %3 : %4</translation>
    </message>
    <message>
        <source>None yet: Test call… places one through the trunk.</source>
        <translation>Aucun pour l’instant : « Appel de test… » en passe un par le trunk.</translation>
    </message>
    <message>
        <source>Reading what Trunk Wizard made for %1…</source>
        <translation>Lecture de ce que Trunk Wizard a créé pour %1…</translation>
    </message>
    <message>
        <source>Tear down %1? This removes what Trunk Wizard made and puts the domain settings back:</source>
        <translation>Démonter %1 ? Ceci retire ce que Trunk Wizard a créé et rétablit les réglages du domaine :</translation>
    </message>
    <message>
        <source>Reading %1 to plan the fix…</source>
        <translation>Lecture de %1 pour planifier la correction…</translation>
    </message>
    <message>
        <source>Put this back as Trunk Wizard last applied it to %1?
%2</source>
        <translation>Remettre ceci tel que Trunk Wizard l’a appliqué la dernière fois à %1 ?
%2</translation>
    </message>
    <message>
        <source>Apply again what Trunk Wizard last applied to %1? These changes will be made:</source>
        <translation>Appliquer à nouveau ce que Trunk Wizard a appliqué la dernière fois à %1 ? Ces modifications seront faites :</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Making the current state of %1 the wanted state would still change this:</source>
        <translation>Faire de l’état actuel de %1 l’état voulu changerait encore ceci :</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n number(s) from %1?</source>
        <translation>
            <numerusform>Retirer %n numéro de %1 ?</numerusform>
            <numerusform>Retirer %n numéros de %1 ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n number(s) to %1?</source>
        <translation>
            <numerusform>Ajouter %n numéro à %1 ?</numerusform>
            <numerusform>Ajouter %n numéros à %1 ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the assistant of %n number(s) of %1?</source>
        <translation>
            <numerusform>Changer l’assistant de %n numéro de %1 ?</numerusform>
            <numerusform>Changer l’assistant de %n numéros de %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 again…</source>
        <translation>Nouvelle vérification de %1…</translation>
    </message>
    <message>
        <source>Test c&amp;all…</source>
        <translation>Appe&amp;l de test…</translation>
    </message>
    <message>
        <source>Change ass&amp;istant…</source>
        <translation>Changer d’a&amp;ssistant…</translation>
    </message>
    <message>
        <source>Add the carrier&apos;s trunk: %1.</source>
        <translation>Ajoutez le trunk de l’opérateur : %1.</translation>
    </message>
</context>
<context>
    <name>tw::DesiredState</name>
    <message>
        <source>%1.%2 must be a whole number.</source>
        <translation>%1.%2 doit être un nombre entier.</translation>
    </message>
    <message>
        <source>The carrier trunk needs a name (%1.name).</source>
        <translation>Le trunk de l’opérateur a besoin d’un nom (%1.name).</translation>
    </message>
    <message>
        <source>%1.host must be the carrier&apos;s host name or IPv4 address, not &quot;%2&quot;.</source>
        <translation>%1.host doit être le nom d’hôte ou l’adresse IPv4 de l’opérateur, pas « %2 ».</translation>
    </message>
    <message>
        <source>%1.port must be between 1 and 65535.</source>
        <translation>%1.port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>%1.transport must be udp, tcp or tls, not &quot;%2&quot;.</source>
        <translation>%1.transport doit être udp, tcp ou tls, pas « %2 ».</translation>
    </message>
    <message>
        <source>cloudonix.%1 must be true or false.</source>
        <translation>cloudonix.%1 doit valoir true ou false.</translation>
    </message>
    <message>
        <source>%1 must be an object with name and host.</source>
        <translation>%1 doit être un objet avec name et host.</translation>
    </message>
    <message>
        <source>cloudonix.carrierTrunks must be a list of trunks.</source>
        <translation>cloudonix.carrierTrunks doit être une liste de trunks.</translation>
    </message>
    <message>
        <source>%1.mode must be &quot;trunk&quot; or &quot;sip-uri&quot;, not &quot;%2&quot;.</source>
        <translation>%1.mode doit être « trunk » ou « sip-uri », pas « %2 ».</translation>
    </message>
    <message>
        <source>&quot;numbers&quot; must be a list.</source>
        <translation>« numbers » doit être une liste.</translation>
    </message>
    <message>
        <source>The Cloudonix domain is missing (&quot;domain&quot;, for example &quot;acme.cloudonix.net&quot;).</source>
        <translation>Le domaine Cloudonix manque (« domain », par exemple « acme.cloudonix.net »).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Cloudonix domain name.</source>
        <translation>« %1 » n’est pas un nom de domaine Cloudonix.</translation>
    </message>
    <message>
        <source>vapiRegion must be &quot;us&quot; or &quot;eu&quot;, not &quot;%1&quot;.</source>
        <translation>vapiRegion doit être « us » ou « eu », pas « %1 ».</translation>
    </message>
    <message>
        <source>Trunk name: %1</source>
        <translation>Nom du trunk : %1</translation>
    </message>
    <message>
        <source>Trunk gateway: %1</source>
        <translation>Passerelle du trunk : %1</translation>
    </message>
    <message>
        <source>Inbound gateway: %1</source>
        <translation>Passerelle entrante : %1</translation>
    </message>
    <message>
        <source>Inbound gateway &quot;%1&quot; is a host name; Vapi matches inbound calls on IPv4 addresses only.</source>
        <translation>La passerelle entrante « %1 » est un nom d’hôte ; Vapi ne reconnaît les appels entrants que par adresse IPv4.</translation>
    </message>
    <message>
        <source>Trunk port: %1</source>
        <translation>Port du trunk : %1</translation>
    </message>
    <message>
        <source>trunk.transport must be udp, tcp, tls or tls/srtp, not &quot;%1&quot;.</source>
        <translation>trunk.transport doit être udp, tcp, tls ou tls/srtp, pas « %1 ».</translation>
    </message>
    <message>
        <source>The trunk allows neither inbound nor outbound calls; turn on at least one.</source>
        <translation>Le trunk n’autorise ni les appels entrants ni les appels sortants ; activez-en au moins un.</translation>
    </message>
    <message>
        <source>cloudonix.cxmlUrl &quot;%1&quot; is not an http(s) address.</source>
        <translation>cloudonix.cxmlUrl « %1 » n’est pas une adresse http(s).</translation>
    </message>
    <message>
        <source>cloudonix.applicationName is empty.</source>
        <translation>cloudonix.applicationName est vide.</translation>
    </message>
    <message>
        <source>cloudonix.cxmlMethod must be GET or POST.</source>
        <translation>cloudonix.cxmlMethod doit être GET ou POST.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 figure deux fois.</translation>
    </message>
    <message>
        <source>Number %1: %2</source>
        <translation>Numéro %1 : %2</translation>
    </message>
    <message>
        <source>Two carrier trunks are named &quot;%1&quot;; names must differ.</source>
        <translation>Deux trunks d’opérateur s’appellent « %1 » ; les noms doivent être différents.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 doit valoir true ou false.</translation>
    </message>
    <message>
        <source>trunk.gatewayMode must be &quot;split&quot; or &quot;single&quot;, not &quot;%1&quot;.</source>
        <translation>trunk.gatewayMode doit être « split » ou « single », pas « %1 ».</translation>
    </message>
    <message>
        <source>trunk.port must be a whole number.</source>
        <translation>trunk.port doit être un nombre entier.</translation>
    </message>
    <message>
        <source>trunk.transport must be udp, tcp, tls or tls/srtp.</source>
        <translation>trunk.transport doit être udp, tcp, tls ou tls/srtp.</translation>
    </message>
    <message>
        <source>trunk.inboundGateways must be a list of IPv4 addresses.</source>
        <translation>trunk.inboundGateways doit être une liste d’adresses IPv4.</translation>
    </message>
</context>
<context>
    <name>tw::DnsHostResolver</name>
    <message>
        <source>DNS lookup of %1 failed: %2</source>
        <translation>La résolution DNS de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 has no IPv4 address</source>
        <translation>%1 n’a pas d’adresse IPv4</translation>
    </message>
</context>
<context>
    <name>tw::DoctorOperation</name>
    <message>
        <source>%1 is not set up on this computer: run the wizard (or trunkwizard-cli apply) first, or name the domain as it was set up.</source>
        <translation>%1 n’est pas configuré sur cet ordinateur : lancez d’abord l’assistant (ou trunkwizard-cli apply), ou nommez le domaine tel qu’il a été configuré.</translation>
    </message>
    <message>
        <source>Reading %1 from Cloudonix and Vapi, and asking its gateways over SIP…</source>
        <translation>Lecture de %1 chez Cloudonix et Vapi, et interrogation de ses passerelles en SIP…</translation>
    </message>
</context>
<context>
    <name>tw::DoctorReport</name>
    <message>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>No problem found: the trunk, the numbers, the Cloudonix settings and the gateways look right.</source>
        <translation>Aucun problème trouvé : le trunk, les numéros, les réglages Cloudonix et les passerelles semblent corrects.</translation>
    </message>
    <message>
        <source>1 problem found.</source>
        <translation>1 problème trouvé.</translation>
    </message>
    <message>
        <source>%1 problems found.</source>
        <translation>%1 problèmes trouvés.</translation>
    </message>
</context>
<context>
    <name>tw::DomainCards</name>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
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
        <translation>Hôte SIP entrant</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Allow border-to-border calls</source>
        <translation>Autoriser les appels de frontière à frontière</translation>
    </message>
    <message>
        <source>Redirect unknown destination to border</source>
        <translation>Rediriger les destinations inconnues vers la frontière</translation>
    </message>
    <message>
        <source>Outbound trunks</source>
        <translation>Trunks sortants</translation>
    </message>
    <message>
        <source>⚠ none</source>
        <translation>⚠ aucun</translation>
    </message>
    <message>
        <source>SIP trunk</source>
        <translation>Trunk SIP</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>entrant</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>sortant</translation>
    </message>
    <message>
        <source>options ping</source>
        <translation>ping OPTIONS</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>inutilisé</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Passerelles</translation>
    </message>
    <message>
        <source>Leading plus for outbound calls</source>
        <translation>Plus initial pour les appels sortants</translation>
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
            <numerusform>&amp;Appliquer %n modification</numerusform>
            <numerusform>&amp;Appliquer %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying to %1…</source>
        <translation>Application à %1…</translation>
    </message>
</context>
<context>
    <name>tw::DomainListModel</name>
    <message>
        <source>not checked yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>working</source>
        <translation>fonctionne</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>à examiner</translation>
    </message>
    <message>
        <source>changed outside Trunk Wizard</source>
        <translation>modifié hors de Trunk Wizard</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>n’a pas pu être vérifié</translation>
    </message>
</context>
<context>
    <name>tw::DomainLock</name>
    <message>
        <source>Trunk Wizard could not take the lock of %1 in %2; check that the settings folder is writable.</source>
        <translation>Trunk Wizard n’a pas pu prendre le verrou de %1 dans %2 ; vérifiez que le dossier de réglages est accessible en écriture.</translation>
    </message>
    <message>
        <source>Another change to %1 is in progress (process %2, started %3); nothing was changed. Try again when it has finished.</source>
        <translation>Une autre modification de %1 est en cours (processus %2, démarré %3) ; rien n’a été modifié. Réessayez quand elle sera terminée.</translation>
    </message>
</context>
<context>
    <name>tw::DomainNumbersModel</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Vapi SIP URI</source>
        <translation>URI SIP Vapi</translation>
    </message>
    <message>
        <source>On the trunk</source>
        <translation>Sur le trunk</translation>
    </message>
    <message>
        <source>⚠ changed</source>
        <translation>⚠ modifié</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Vapi id</source>
        <translation>Identifiant Vapi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Écart</translation>
    </message>
</context>
<context>
    <name>tw::DomainStatus</name>
    <message>
        <source>The trunk &quot;%1&quot; was %2; Trunk Wizard has not recorded it yet (sync records it).</source>
        <translation>Le trunk « %1 » a été %2 ; Trunk Wizard ne l’a pas encore enregistré (sync l’enregistre).</translation>
    </message>
    <message>
        <source> (now: %1)</source>
        <translation> (maintenant : %1)</translation>
    </message>
    <message>
        <source>Number %1 (%2) no longer exists in Vapi.</source>
        <translation>Le numéro %1 (%2) n’existe plus dans Vapi.</translation>
    </message>
    <message>
        <source>The Cloudonix domain has no outbound trunk, so Vapi&apos;s outbound calls have nowhere to go.</source>
        <translation>Le domaine Cloudonix n’a pas de trunk sortant : les appels sortants de Vapi n’ont nulle part où aller.</translation>
    </message>
</context>
<context>
    <name>tw::EndedReasonExplainer</name>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>the trunk settings</source>
        <translation>les réglages du trunk</translation>
    </message>
    <message>
        <source>the carrier</source>
        <translation>l’opérateur</translation>
    </message>
    <message>
        <source>the called party</source>
        <translation>le correspondant</translation>
    </message>
    <message>
        <source>the assistant</source>
        <translation>l’assistant</translation>
    </message>
    <message>
        <source>Cloudonix asked Vapi to authenticate (SIP %1).</source>
        <translation>Cloudonix a demandé à Vapi de s’authentifier (SIP %1).</translation>
    </message>
    <message>
        <source>Cloudonix should accept Vapi by the domain&apos;s alias: check the gateway host name, and remove any outbound authentication from the trunk.</source>
        <translation>Cloudonix devrait accepter Vapi par l’alias du domaine : vérifiez le nom d’hôte de la passerelle et retirez toute authentification sortante du trunk.</translation>
    </message>
    <message>
        <source>Cloudonix refused the call from Vapi (SIP 403 Forbidden).</source>
        <translation>Cloudonix a refusé l’appel de Vapi (SIP 403 Forbidden).</translation>
    </message>
    <message>
        <source>Check that the trunk&apos;s outbound gateway is the domain&apos;s inbound SIP host and that &quot;Allow border-to-border calls&quot; is on for the domain.</source>
        <translation>Vérifiez que la passerelle sortante du trunk est l’hôte SIP entrant du domaine et que « Autoriser les appels de frontière à frontière » est activé pour le domaine.</translation>
    </message>
    <message>
        <source>Cloudonix did not know where to send the dialled number (SIP %1).</source>
        <translation>Cloudonix ne savait pas où envoyer le numéro composé (SIP %1).</translation>
    </message>
    <message>
        <source>Turn on &quot;Redirect unknown destination to border&quot;, and check the outbound carrier trunk and the number format (leading plus).</source>
        <translation>Activez « Rediriger les destinations inconnues vers la frontière » et vérifiez le trunk sortant de l’opérateur et le format du numéro (plus initial).</translation>
    </message>
    <message>
        <source>Vapi had no answer from Cloudonix over SIP (SIP 408).</source>
        <translation>Vapi n’a reçu aucune réponse SIP de Cloudonix (SIP 408).</translation>
    </message>
    <message>
        <source>Check the gateway host, port and transport, and any firewall between Vapi and Cloudonix; the SIP probe shows whether the gateway answers.</source>
        <translation>Vérifiez l’hôte, le port et le transport de la passerelle, et tout pare-feu entre Vapi et Cloudonix ; la sonde SIP montre si la passerelle répond.</translation>
    </message>
    <message>
        <source>The called number was not reachable just now (SIP 480).</source>
        <translation>Le numéro appelé n’était pas joignable à ce moment (SIP 480).</translation>
    </message>
    <message>
        <source>The trunk works as far as the carrier; try again, or call another number.</source>
        <translation>Le trunk fonctionne jusqu’à l’opérateur ; réessayez ou appelez un autre numéro.</translation>
    </message>
    <message>
        <source>The called number was busy (SIP %1).</source>
        <translation>Le numéro appelé était occupé (SIP %1).</translation>
    </message>
    <message>
        <source>The trunk works; try again later.</source>
        <translation>Le trunk fonctionne ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The call was cancelled before it was answered (SIP 487).</source>
        <translation>L’appel a été annulé avant d’être décroché (SIP 487).</translation>
    </message>
    <message>
        <source>The trunk works; place the call again and pick up.</source>
        <translation>Le trunk fonctionne ; rappelez et décrochez.</translation>
    </message>
    <message>
        <source>The call failed on media negotiation (SIP %1: codecs or encryption).</source>
        <translation>L’appel a échoué lors de la négociation des médias (SIP %1 : codecs ou chiffrement).</translation>
    </message>
    <message>
        <source>Check the trunk&apos;s transport and the carrier&apos;s codecs.</source>
        <translation>Vérifiez le transport du trunk et les codecs de l’opérateur.</translation>
    </message>
    <message>
        <source>The called party declined the call (SIP 603).</source>
        <translation>Le correspondant a refusé l’appel (SIP 603).</translation>
    </message>
    <message>
        <source>The trunk works; call a phone that will answer.</source>
        <translation>Le trunk fonctionne ; appelez un téléphone qui décrochera.</translation>
    </message>
    <message>
        <source>Cloudonix or its carrier could not take the call (SIP %1).</source>
        <translation>Cloudonix ou son opérateur n’a pas pu prendre l’appel (SIP %1).</translation>
    </message>
    <message>
        <source>Check the domain&apos;s outbound carrier trunk, then try again.</source>
        <translation>Vérifiez le trunk sortant de l’opérateur du domaine, puis réessayez.</translation>
    </message>
    <message>
        <source>The SIP side refused the call (SIP %1: %2).</source>
        <translation>Le côté SIP a refusé l’appel (SIP %1 : %2).</translation>
    </message>
    <message>
        <source>Check the domain&apos;s settings and its carrier trunk in the Cloudonix console.</source>
        <translation>Vérifiez les réglages du domaine et son trunk d’opérateur dans la console Cloudonix.</translation>
    </message>
    <message>
        <source>Vapi ended the call without giving a reason.</source>
        <translation>Vapi a terminé l’appel sans donner de raison.</translation>
    </message>
    <message>
        <source>Open the call in Vapi&apos;s call log for its details.</source>
        <translation>Ouvrez l’appel dans le journal des appels de Vapi pour voir ses détails.</translation>
    </message>
    <message>
        <source>The call connected through the trunk and ended normally: the trunk works.</source>
        <translation>L’appel a abouti par le trunk et s’est terminé normalement : le trunk fonctionne.</translation>
    </message>
    <message>
        <source>The call reached the number and rang, but nobody answered.</source>
        <translation>L’appel a atteint le numéro et a sonné, mais personne n’a décroché.</translation>
    </message>
    <message>
        <source>The trunk works; try again and pick up.</source>
        <translation>Le trunk fonctionne ; réessayez et décrochez.</translation>
    </message>
    <message>
        <source>The called number was busy.</source>
        <translation>Le numéro appelé était occupé.</translation>
    </message>
    <message>
        <source>The caller hung up before the assistant answered.</source>
        <translation>L’appelant a raccroché avant que l’assistant ne réponde.</translation>
    </message>
    <message>
        <source>The trunk works; call again and wait for the assistant.</source>
        <translation>Le trunk fonctionne ; rappelez et attendez l’assistant.</translation>
    </message>
    <message>
        <source>The number dialled does not exist, as the phone network reports.</source>
        <translation>Le numéro composé n’existe pas, d’après le réseau téléphonique.</translation>
    </message>
    <message>
        <source>Check the number you called.</source>
        <translation>Vérifiez le numéro que vous avez appelé.</translation>
    </message>
    <message>
        <source>The web caller did not allow the microphone.</source>
        <translation>L’appelant web n’a pas autorisé le microphone.</translation>
    </message>
    <message>
        <source>This is a web call, not a call through the trunk; allow the microphone and try again.</source>
        <translation>C’est un appel web, pas un appel par le trunk ; autorisez le microphone et réessayez.</translation>
    </message>
    <message>
        <source>The call was cancelled or deleted before it ended by itself.</source>
        <translation>L’appel a été annulé ou supprimé avant de se terminer de lui-même.</translation>
    </message>
    <message>
        <source>Place the call again if you still need it.</source>
        <translation>Repassez l’appel si vous en avez encore besoin.</translation>
    </message>
    <message>
        <source>Vapi did not accept the call that Cloudonix sent it.</source>
        <translation>Vapi n’a pas accepté l’appel que Cloudonix lui a envoyé.</translation>
    </message>
    <message>
        <source>Check that Cloudonix&apos;s addresses are the trunk&apos;s inbound gateways, and that the number is on the trunk in Vapi.</source>
        <translation>Vérifiez que les adresses de Cloudonix sont les passerelles entrantes du trunk et que le numéro est sur le trunk dans Vapi.</translation>
    </message>
    <message>
        <source>Vapi could not reach Cloudonix over SIP.</source>
        <translation>Vapi n’a pas pu joindre Cloudonix en SIP.</translation>
    </message>
    <message>
        <source>Check the gateway host, port and transport, and any firewall between them; the SIP probe shows whether the gateway answers.</source>
        <translation>Vérifiez l’hôte, le port et le transport de la passerelle, et tout pare-feu entre les deux ; la sonde SIP montre si la passerelle répond.</translation>
    </message>
    <message>
        <source>The call connected, but no sound reached the assistant.</source>
        <translation>L’appel a abouti, mais aucun son n’est parvenu à l’assistant.</translation>
    </message>
    <message>
        <source>Check that media (RTP) can flow between Cloudonix and Vapi: firewalls and NAT, and the codecs of the carrier.</source>
        <translation>Vérifiez que les médias (RTP) peuvent circuler entre Cloudonix et Vapi : pare-feu et NAT, et codecs de l’opérateur.</translation>
    </message>
    <message>
        <source>Vapi cannot call out from this number: a Vapi SIP URI number only receives calls.</source>
        <translation>Vapi ne peut pas appeler depuis ce numéro : un numéro URI SIP Vapi ne fait que recevoir des appels.</translation>
    </message>
    <message>
        <source>Place the call from a number on the trunk.</source>
        <translation>Passez l’appel depuis un numéro du trunk.</translation>
    </message>
    <message>
        <source>Vapi could not find the number the call was to come from.</source>
        <translation>Vapi n’a pas trouvé le numéro d’où l’appel devait partir.</translation>
    </message>
    <message>
        <source>Run Sync for the domain, and call from a number the dashboard shows as active.</source>
        <translation>Lancez « Sync » pour le domaine et appelez depuis un numéro que le tableau de bord montre comme actif.</translation>
    </message>
    <message>
        <source>Vapi refused the call&apos;s details (the number called or its format).</source>
        <translation>Vapi a refusé les données de l’appel (le numéro appelé ou son format).</translation>
    </message>
    <message>
        <source>Call a number in international form, starting with +.</source>
        <translation>Appelez un numéro au format international, commençant par +.</translation>
    </message>
    <message>
        <source>Vapi refused to start the call because of the Vapi account (%1).</source>
        <translation>Vapi a refusé de lancer l’appel à cause du compte Vapi (%1).</translation>
    </message>
    <message>
        <source>Check the account&apos;s credits, subscription and limits in the Vapi dashboard.</source>
        <translation>Vérifiez les crédits, l’abonnement et les limites du compte dans le tableau de bord Vapi.</translation>
    </message>
    <message>
        <source>Vapi refused to start the call: a limit of Vapi&apos;s own numbers (%1).</source>
        <translation>Vapi a refusé de lancer l’appel : une limite des numéros propres à Vapi (%1).</translation>
    </message>
    <message>
        <source>Call from a number on the Cloudonix trunk instead.</source>
        <translation>Appelez plutôt depuis un numéro du trunk Cloudonix.</translation>
    </message>
    <message>
        <source>Vapi could not use the assistant for this call (%1).</source>
        <translation>Vapi n’a pas pu utiliser l’assistant pour cet appel (%1).</translation>
    </message>
    <message>
        <source>Check that the assistant exists and is set up completely in the Vapi dashboard.</source>
        <translation>Vérifiez que l’assistant existe et qu’il est entièrement configuré dans le tableau de bord Vapi.</translation>
    </message>
    <message>
        <source>The assistant did not join the call (%1).</source>
        <translation>L’assistant n’a pas rejoint l’appel (%1).</translation>
    </message>
    <message>
        <source>Check the assistant&apos;s model, voice and transcriber in the Vapi dashboard, then try again.</source>
        <translation>Vérifiez le modèle, la voix et la transcription de l’assistant dans le tableau de bord Vapi, puis réessayez.</translation>
    </message>
    <message>
        <source>Vapi could not start the call (%1).</source>
        <translation>Vapi n’a pas pu lancer l’appel (%1).</translation>
    </message>
    <message>
        <source>Try again; if it happens again, see Vapi&apos;s status page and call log.</source>
        <translation>Réessayez ; si cela se reproduit, consultez la page d’état et le journal des appels de Vapi.</translation>
    </message>
    <message>
        <source>The assistant&apos;s transfer did not complete (%1).</source>
        <translation>Le transfert de l’assistant n’a pas abouti (%1).</translation>
    </message>
    <message>
        <source>Check the transfer destination set in the assistant.</source>
        <translation>Vérifiez la destination de transfert définie dans l’assistant.</translation>
    </message>
    <message>
        <source>The assistant&apos;s configuration stopped the call (%1).</source>
        <translation>La configuration de l’assistant a arrêté l’appel (%1).</translation>
    </message>
    <message>
        <source>Check the assistant&apos;s model and transport settings in the Vapi dashboard.</source>
        <translation>Vérifiez les réglages de modèle et de transport de l’assistant dans le tableau de bord Vapi.</translation>
    </message>
    <message>
        <source>The call failed inside Vapi (%1), not on the trunk.</source>
        <translation>L’appel a échoué dans Vapi (%1), pas sur le trunk.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, see Vapi&apos;s status page.</source>
        <translation>Réessayez ; si cela continue, consultez la page d’état de Vapi.</translation>
    </message>
    <message>
        <source>A provider the assistant uses (its model, voice or transcriber) failed (%1).</source>
        <translation>Un fournisseur utilisé par l’assistant (son modèle, sa voix ou sa transcription) a échoué (%1).</translation>
    </message>
    <message>
        <source>Check that provider&apos;s API key in the Vapi dashboard.</source>
        <translation>Vérifiez la clé API de ce fournisseur dans le tableau de bord Vapi.</translation>
    </message>
    <message>
        <source>That provider&apos;s quota or rate limit was reached: check its plan, then try again.</source>
        <translation>Le quota ou la limite de cadence de ce fournisseur est atteint : vérifiez son abonnement, puis réessayez.</translation>
    </message>
    <message>
        <source>Try again, or choose another provider for the assistant.</source>
        <translation>Réessayez, ou choisissez un autre fournisseur pour l’assistant.</translation>
    </message>
    <message>
        <source>The call went through another phone provider, which ended it (%1).</source>
        <translation>L’appel est passé par un autre fournisseur téléphonique, qui l’a terminé (%1).</translation>
    </message>
    <message>
        <source>Test calls for this trunk go from a number on the Cloudonix trunk; call from one of those.</source>
        <translation>Les appels de test de ce trunk partent d’un numéro du trunk Cloudonix ; appelez depuis l’un d’eux.</translation>
    </message>
    <message>
        <source>The called party ended or refused the call (%1).</source>
        <translation>Le correspondant a terminé ou refusé l’appel (%1).</translation>
    </message>
    <message>
        <source>The trunk probably works; call again and answer.</source>
        <translation>Le trunk fonctionne probablement ; rappelez et décrochez.</translation>
    </message>
    <message>
        <source>The assistant ended the call (%1).</source>
        <translation>L’assistant a terminé l’appel (%1).</translation>
    </message>
    <message>
        <source>Check the assistant&apos;s configuration in the Vapi dashboard.</source>
        <translation>Vérifiez la configuration de l’assistant dans le tableau de bord Vapi.</translation>
    </message>
    <message>
        <source>The call ended while ringing (%1).</source>
        <translation>L’appel s’est terminé pendant la sonnerie (%1).</translation>
    </message>
    <message>
        <source>Check the trunk&apos;s gateways; the SIP probe shows whether the gateway answers.</source>
        <translation>Vérifiez les passerelles du trunk ; la sonde SIP montre si la passerelle répond.</translation>
    </message>
    <message>
        <source>Vapi ended the call with a reason Trunk Wizard does not know yet (%1).</source>
        <translation>Vapi a terminé l’appel avec une raison que Trunk Wizard ne connaît pas encore (%1).</translation>
    </message>
</context>
<context>
    <name>tw::EndpointPolicy</name>
    <message>
        <source>&quot;%1&quot; is not a whole web address; write it starting with https:// (plain http:// only for 127.0.0.1, ::1 and localhost), for example https://api.vapi.ai.</source>
        <translation>« %1 » n’est pas une adresse web complète ; écrivez-la en commençant par https:// (http:// simple seulement pour 127.0.0.1, ::1 et localhost), par exemple https://api.vapi.ai.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a plain base address, without user, query or fragment.</source>
        <translation>« %1 » doit être une simple adresse de base, sans utilisateur, requête ni fragment.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain http; API keys are only sent over https (plain http is allowed only for 127.0.0.1, ::1 and localhost).</source>
        <translation>« %1 » utilise le http simple ; les clés API ne sont envoyées qu’en https (le http simple n’est permis que pour 127.0.0.1, ::1 et localhost).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with https://.</source>
        <translation>« %1 » doit commencer par https://.</translation>
    </message>
</context>
<context>
    <name>tw::FieldError</name>
    <message>
        <source>&quot;%1&quot; is not a field of the desired state (fields here: %2).</source>
        <translation>« %1 » n’est pas un champ de l’état voulu (champs ici : %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the desired state; did you mean &quot;%2&quot;?</source>
        <translation>« %1 » n’est pas un champ de l’état voulu ; vouliez-vous dire « %2 » ?</translation>
    </message>
</context>
<context>
    <name>tw::FinishPage</name>
    <message>
        <source>Your domain is connected to Vapi</source>
        <translation>Votre domaine est connecté à Vapi</translation>
    </message>
    <message>
        <source>Place a test call to hear an assistant answer through the new trunk.</source>
        <translation>Passez un appel de test pour entendre un assistant répondre par le nouveau trunk.</translation>
    </message>
    <message>
        <source>&amp;Place a test call</source>
        <translation>&amp;Passer un appel de test</translation>
    </message>
    <message>
        <source>Open &amp;dashboard</source>
        <translation>Ouvrir le ta&amp;bleau de bord</translation>
    </message>
    <message>
        <source>Test call</source>
        <translation>Appel de test</translation>
    </message>
    <message>
        <source>Fro&amp;m number:</source>
        <translation>Numéro d’&amp;origine :</translation>
    </message>
    <message>
        <source>+1 212 555 0100</source>
        <translation>+1 212 555 0100</translation>
    </message>
    <message>
        <source>&amp;To number:</source>
        <translation>Numéro de &amp;destination :</translation>
    </message>
    <message>
        <source>Your own phone: Vapi calls it from the number above through the trunk.</source>
        <translation>Votre propre téléphone : Vapi l’appelle depuis le numéro ci-dessus par le trunk.</translation>
    </message>
    <message>
        <source>&amp;Assistant:</source>
        <translation>A&amp;ssistant :</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Inbound SIP host</source>
        <translation>Hôte SIP entrant</translation>
    </message>
    <message>
        <source>Vapi SIP trunk</source>
        <translation>Trunk SIP Vapi</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>To number: %1</source>
        <translation>Numéro de destination : %1</translation>
    </message>
    <message>
        <source>Placing the call…</source>
        <translation>Appel en cours…</translation>
    </message>
    <message>
        <source>Call status: %1</source>
        <translation>État de l’appel : %1</translation>
    </message>
    <message>
        <source>Vapi&apos;s reason: %1; side: %2</source>
        <translation>Raison de Vapi : %1 ; côté : %2</translation>
    </message>
</context>
<context>
    <name>tw::GatewayAddress</name>
    <message>
        <source>the unspecified address (0.0.0.0/8)</source>
        <translation>l’adresse non spécifiée (0.0.0.0/8)</translation>
    </message>
    <message>
        <source>a loopback address, this computer&apos;s own (127.0.0.0/8)</source>
        <translation>une adresse de bouclage, celle de cet ordinateur (127.0.0.0/8)</translation>
    </message>
    <message>
        <source>a multicast address (224.0.0.0/4)</source>
        <translation>une adresse de multidiffusion (224.0.0.0/4)</translation>
    </message>
    <message>
        <source>the broadcast address</source>
        <translation>l’adresse de diffusion</translation>
    </message>
    <message>
        <source>a reserved address (240.0.0.0/4)</source>
        <translation>une adresse réservée (240.0.0.0/4)</translation>
    </message>
    <message>
        <source>The gateway address is empty.</source>
        <translation>L’adresse de la passerelle est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv6 address; Vapi gateways take IPv4 addresses or host names.</source>
        <translation>« %1 » est une adresse IPv6 ; les passerelles Vapi prennent des adresses IPv4 ou des noms d’hôte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain address; enter only the host name or IPv4 address, without &quot;sip:&quot; or &quot;https://&quot;, user or port.</source>
        <translation>« %1 » n’est pas une adresse simple ; saisissez seulement le nom d’hôte ou l’adresse IPv4, sans « sip: » ni « https:// », utilisateur ni port.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unreadable network size after the &quot;/&quot;.</source>
        <translation>« %1 » a une taille de réseau illisible après le « / ».</translation>
    </message>
    <message>
        <source>%1 is %2, so Vapi can never reach it or be called from it; enter the address Cloudonix gives for the domain.</source>
        <translation>%1 est %2, donc Vapi ne pourra jamais l’atteindre ni en recevoir d’appel ; saisissez l’adresse que Cloudonix donne pour le domaine.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 network; a &quot;/&quot; only follows an IPv4 address.</source>
        <translation>« %1 » n’est pas un réseau IPv4 ; un « / » ne suit qu’une adresse IPv4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IPv4 address nor a host name.</source>
        <translation>« %1 » n’est ni une adresse IPv4 ni un nom d’hôte.</translation>
    </message>
</context>
<context>
    <name>tw::Glossary</name>
    <message>
        <source>SIP trunk</source>
        <translation>Trunk SIP</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Inbound SIP host</source>
        <translation>Hôte SIP entrant</translation>
    </message>
    <message>
        <source>Options ping</source>
        <translation>Ping OPTIONS</translation>
    </message>
    <message>
        <source>Leading plus</source>
        <translation>Plus initial</translation>
    </message>
    <message>
        <source>E.164 number</source>
        <translation>Numéro E.164</translation>
    </message>
    <message>
        <source>Border-to-border calls</source>
        <translation>Appels de frontière à frontière</translation>
    </message>
    <message>
        <source>Redirect unknown destination to border</source>
        <translation>Rediriger les destinations inconnues vers la frontière</translation>
    </message>
    <message>
        <source>DNID</source>
        <translation>DNID</translation>
    </message>
    <message>
        <source>Call routing (CXML)</source>
        <translation>Routage des appels (CXML)</translation>
    </message>
    <message>
        <source>Carrier trunk</source>
        <translation>Trunk d’opérateur</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>A SIP trunk is a phone line between two systems over the internet. Here it joins your Cloudonix domain and Vapi: calls to your numbers reach a Vapi assistant through it, and the assistant&apos;s calls go out through Cloudonix. In Vapi it is a &quot;BYO SIP trunk&quot; credential; keep one trunk per Cloudonix domain.</source>
        <translation>Un trunk SIP est une ligne téléphonique entre deux systèmes par Internet. Ici, il relie votre domaine Cloudonix et Vapi : les appels vers vos numéros atteignent un assistant Vapi par lui, et les appels de l’assistant sortent par Cloudonix. Dans Vapi, c’est un identifiant « BYO SIP trunk » ; gardez un trunk par domaine Cloudonix.</translation>
    </message>
    <message>
        <source>A gateway is an address a trunk exchanges calls with: a host name (FQDN) or an IP address. Vapi sends its outbound calls to the gateway named by your domain&apos;s inbound SIP host, and accepts inbound calls only from gateways given as IP addresses, so the trunk has one outbound host gateway and Cloudonix&apos;s addresses as inbound gateways.</source>
        <translation>Une passerelle est une adresse avec laquelle un trunk échange des appels : un nom d’hôte (FQDN) ou une adresse IP. Vapi envoie ses appels sortants à la passerelle désignée par l’hôte SIP entrant de votre domaine, et n’accepte les appels entrants que des passerelles données comme adresses IP ; le trunk a donc une passerelle sortante par hôte et les adresses de Cloudonix comme passerelles entrantes.</translation>
    </message>
    <message>
        <source>The address Cloudonix gives each domain for the calls it receives, such as dd7a2a82-2457-3578-a63b-bd132950c857.sip.cloudonix.net. Trunk Wizard reads it from Cloudonix; in Vapi it is the trunk&apos;s &quot;Gateway IP address / FQDN&quot;.</source>
        <translation>L’adresse que Cloudonix donne à chaque domaine pour les appels qu’il reçoit, par exemple dd7a2a82-2457-3578-a63b-bd132950c857.sip.cloudonix.net. Trunk Wizard la lit chez Cloudonix ; dans Vapi, c’est la « Gateway IP address / FQDN » du trunk.</translation>
    </message>
    <message>
        <source>With &quot;Enable options ping&quot; on, Vapi sends a small SIP OPTIONS message to the gateway every few seconds to check that it answers, which also keeps the connection alive. Cloudonix answers these messages. &quot;Check SIP&quot; in Trunk Wizard sends the same message.</source>
        <translation>Avec « Activer le ping OPTIONS », Vapi envoie toutes les quelques secondes un petit message SIP OPTIONS à la passerelle pour vérifier qu’elle répond, ce qui maintient aussi la connexion. Cloudonix répond à ces messages. « Vérifier SIP » dans Trunk Wizard envoie le même message.</translation>
    </message>
    <message>
        <source>With &quot;Enable leading plus for outbound calls&quot; on, Vapi puts a + before the numbers it dials, so they reach Cloudonix in E.164 format: 12127773456 goes out as +12127773456. Cloudonix recommends it, so that every number it routes is unique.</source>
        <translation>Avec « Activer le plus initial pour les appels sortants », Vapi met un + devant les numéros qu’il compose, pour qu’ils arrivent chez Cloudonix au format E.164 : 12127773456 part en +12127773456. Cloudonix le recommande, pour que chaque numéro qu’il achemine soit unique.</translation>
    </message>
    <message>
        <source>E.164 is the international format of a phone number: a +, the country code, then the subscriber number without its leading 0, at most 15 digits and no spaces. +12127773456 is a New York number, +442071234567 a London one. Trunk Wizard keeps every number in this format.</source>
        <translation>E.164 est le format international d’un numéro de téléphone : un +, l’indicatif du pays, puis le numéro d’abonné sans son 0 initial, au plus 15 chiffres et sans espaces. +12127773456 est un numéro de New York, +442071234567 un numéro de Londres. Trunk Wizard conserve chaque numéro dans ce format.</translation>
    </message>
    <message>
        <source>&quot;Allow border-to-border calls&quot; is a setting of a Cloudonix domain. It lets a call that came in from outside the domain (here from Vapi) go out again to another outside party, such as your carrier. Without it, Cloudonix refuses the assistant&apos;s outbound calls.</source>
        <translation>« Autoriser les appels de frontière à frontière » est un réglage d’un domaine Cloudonix. Il permet à un appel venu de l’extérieur du domaine (ici de Vapi) de ressortir vers un autre correspondant externe, comme votre opérateur. Sans lui, Cloudonix refuse les appels sortants de l’assistant.</translation>
    </message>
    <message>
        <source>&quot;Redirect unknown destination to border&quot; is a setting of a Cloudonix domain: a call to a number that is not one of the domain&apos;s own goes out to the border (your carriers) instead of being refused. The assistant&apos;s calls to your customers need it.</source>
        <translation>« Rediriger les destinations inconnues vers la frontière » est un réglage d’un domaine Cloudonix : un appel vers un numéro qui n’appartient pas au domaine sort vers la frontière (vos opérateurs) au lieu d’être refusé. Les appels de l’assistant vers vos clients en ont besoin.</translation>
    </message>
    <message>
        <source>The DNID (dialed number identification) is the number a caller dialed. In Cloudonix a DNID entry says which application answers the calls to that number; Trunk Wizard adds one for each of your numbers, so that their calls go to Vapi.</source>
        <translation>Le DNID (identification du numéro composé) est le numéro qu’un appelant a composé. Dans Cloudonix, une entrée DNID indique quelle application répond aux appels vers ce numéro ; Trunk Wizard en ajoute une pour chacun de vos numéros, pour que leurs appels aillent à Vapi.</translation>
    </message>
    <message>
        <source>A Cloudonix application, written in CXML (Cloudonix&apos;s call-control XML), decides what happens to a call. Trunk Wizard&apos;s application passes calls to Vapi with &lt;Dial&gt;&lt;Service provider=&quot;vapi&quot;&gt;, and the DNIDs send your numbers&apos; calls to it.</source>
        <translation>Une application Cloudonix, écrite en CXML (le XML de contrôle d’appel de Cloudonix), décide de ce qui arrive à un appel. L’application de Trunk Wizard passe les appels à Vapi avec &lt;Dial&gt;&lt;Service provider=&quot;vapi&quot;&gt;, et les DNID lui envoient les appels de vos numéros.</translation>
    </message>
    <message>
        <source>A carrier trunk connects your Cloudonix domain to a telephone carrier (such as Telnyx or Twilio), which carries calls to and from the public phone network. Without one, the assistant&apos;s outbound calls have nowhere to go after Cloudonix.</source>
        <translation>Un trunk d’opérateur relie votre domaine Cloudonix à un opérateur téléphonique (comme Telnyx ou Twilio), qui achemine les appels vers et depuis le réseau téléphonique public. Sans lui, les appels sortants de l’assistant n’ont nulle part où aller après Cloudonix.</translation>
    </message>
    <message>
        <source>A Vapi assistant is the voice AI agent that answers and places calls. Each phone number on the trunk is attached to one assistant, which answers the calls to that number.</source>
        <translation>Un assistant Vapi est l’agent vocal à IA qui répond aux appels et en passe. Chaque numéro de téléphone du trunk est rattaché à un assistant, qui répond aux appels vers ce numéro.</translation>
    </message>
    <message>
        <source>E.164 format</source>
        <translation>Format E.164</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Indicatif du pays</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Local number</source>
        <translation>Numéro local</translation>
    </message>
    <message>
        <source>Subscriber number</source>
        <translation>Numéro d’abonné</translation>
    </message>
</context>
<context>
    <name>tw::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termes</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
</context>
<context>
    <name>tw::HealthPanel</name>
    <message>
        <source>Health check results</source>
        <translation>Résultats des vérifications</translation>
    </message>
    <message>
        <source>Earlier SIP checks</source>
        <translation>Vérifications SIP précédentes</translation>
    </message>
    <message>
        <source>Check SIP</source>
        <translation>Vérifier SIP</translation>
    </message>
    <message>
        <source>Send SIP OPTIONS to each gateway of the trunk: does it answer, and how fast?</source>
        <translation>Envoyer SIP OPTIONS à chaque passerelle du trunk : répond-elle, et en combien de temps ?</translation>
    </message>
    <message>
        <source>Troubleshoot</source>
        <translation>Diagnostiquer</translation>
    </message>
    <message>
        <source>Look for the misconfigurations that most often break calls, each with its fix (checks SIP too)</source>
        <translation>Chercher les erreurs de configuration qui cassent le plus souvent les appels, chacune avec sa correction (vérifie aussi SIP)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Asking the gateways of %1 over SIP…</source>
        <translation>Interrogation en SIP des passerelles de %1…</translation>
    </message>
    <message>
        <source>Looking for problems in %1…</source>
        <translation>Recherche de problèmes dans %1…</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation>Répondent : %1</translation>
    </message>
    <message>
        <source>Fails: %1</source>
        <translation>Échouent : %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>None yet: Check SIP asks each gateway of the trunk.</source>
        <translation>Aucune pour l’instant : « Vérifier SIP » interroge chaque passerelle du trunk.</translation>
    </message>
    <message>
        <source>Chec&amp;k SIP</source>
        <translation>&amp;Vérifier SIP</translation>
    </message>
    <message>
        <source>Tro&amp;ubleshoot</source>
        <translation>Dia&amp;gnostiquer</translation>
    </message>
</context>
<context>
    <name>tw::HttpTransport</name>
    <message>
        <source>the answer was larger than %1 MB, far more than any real answer, so its transfer was stopped</source>
        <translation>la réponse dépassait %1 Mo, bien plus que toute réponse réelle, donc son transfert a été arrêté</translation>
    </message>
</context>
<context>
    <name>tw::KeychainSecretStore</name>
    <message>
        <source>No API key of %1 is in the keychain.</source>
        <translation>Aucune clé API de %1 n’est dans le trousseau.</translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked); unlock it and try again.</source>
        <translation>Le trousseau a refusé l’accès (il est peut-être verrouillé) ; déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the API key cannot be stored safely; start the desktop keyring (GNOME Keyring or KWallet) and try again. The key was not saved anywhere else.</source>
        <translation>Aucun trousseau n’est disponible sur cet ordinateur, donc la clé API ne peut pas être enregistrée en sécurité ; démarrez le trousseau du bureau (GNOME Keyring ou KWallet) et réessayez. La clé n’a été enregistrée nulle part ailleurs.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the stored API key of %1 cannot be read; start the desktop keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation>Aucun trousseau n’est disponible sur cet ordinateur, donc la clé API enregistrée de %1 ne peut pas être lue ; démarrez le trousseau du bureau (GNOME Keyring ou KWallet) et réessayez.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the API key of %1 cannot be removed; start the desktop keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation>Aucun trousseau n’est disponible sur cet ordinateur, donc la clé API de %1 ne peut pas être retirée ; démarrez le trousseau du bureau (GNOME Keyring ou KWallet) et réessayez.</translation>
    </message>
    <message>
        <source>The keychain reported an error; see the details.</source>
        <translation>Le trousseau a signalé une erreur ; voir les détails.</translation>
    </message>
</context>
<context>
    <name>tw::MainWindow</name>
    <message>
        <source>&amp;Set up a domain…</source>
        <translation>Configurer &amp;un domaine…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Trunk Wizard</source>
        <translation>Trunk Wizard</translation>
    </message>
    <message>
        <source>Cloudonix domains connected to Vapi</source>
        <translation>Domaines Cloudonix connectés à Vapi</translation>
    </message>
    <message>
        <source>Set up a domain…</source>
        <translation>Configurer un domaine…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>The glossary: the telecom terms of Trunk Wizard in plain words (F1)</source>
        <translation>Le glossaire : les termes de téléphonie de Trunk Wizard en termes simples (F1)</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>%1 Requests through a TLS-inspecting proxy will be refused until you choose another file in Settings.</source>
        <translation>%1 Les requêtes passant par un proxy qui inspecte le TLS seront refusées jusqu’à ce que vous choisissiez un autre fichier dans les Réglages.</translation>
    </message>
    <message>
        <source>The sandbox could not be started.</source>
        <translation>Le bac à sable n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Trunk Wizard — Sandbox</source>
        <translation>Trunk Wizard — Bac à sable</translation>
    </message>
    <message>
        <source>Setti&amp;ngs…</source>
        <translation>R&amp;églages…</translation>
    </message>
</context>
<context>
    <name>tw::MemorySecretStore</name>
    <message>
        <source>The secret store is not available.</source>
        <translation>Le coffre des secrets n’est pas disponible.</translation>
    </message>
    <message>
        <source>No key is stored for %1.</source>
        <translation>Aucune clé n’est enregistrée pour %1.</translation>
    </message>
</context>
<context>
    <name>tw::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>tw::NumberChangeDialog</name>
    <message>
        <source>Add numbers to %1</source>
        <translation>Ajouter des numéros à %1</translation>
    </message>
    <message>
        <source>Change the assistant</source>
        <translation>Changer l’assistant</translation>
    </message>
    <message>
        <source>+1 212 777 3456
+44 20 7123 4567</source>
        <translation>+1 212 777 3456
+44 20 7123 4567</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Numéros :</translation>
    </message>
    <message>
        <source>One per line, in international format or as dialled in %1.</source>
        <translation>Un par ligne, au format international ou tel que composé en %1.</translation>
    </message>
    <message>
        <source>the default country</source>
        <translation>le pays par défaut</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s):</source>
        <translation>
            <numerusform>%n numéro :</numerusform>
            <numerusform>%n numéros :</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Assistant:</source>
        <translation>A&amp;ssistant :</translation>
    </message>
    <message>
        <source>Vapi answers calls to these numbers with this assistant.</source>
        <translation>Vapi répond aux appels vers ces numéros avec cet assistant.</translation>
    </message>
    <message>
        <source>&amp;Review the changes…</source>
        <translation>&amp;Vérifier les modifications…</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Type at least one number.</source>
        <translation>Saisissez au moins un numéro.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are not numbers Vapi can take.</source>
        <translation>
            <numerusform>%n ligne n’est pas un numéro que Vapi peut prendre.</numerusform>
            <numerusform>%n lignes ne sont pas des numéros que Vapi peut prendre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::NumberDelegate</name>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>On the trunk</source>
        <translation>Sur le trunk</translation>
    </message>
    <message>
        <source>Vapi SIP URI</source>
        <translation>URI SIP Vapi</translation>
    </message>
</context>
<context>
    <name>tw::NumberTableModel</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Vapi SIP URI</source>
        <translation>URI SIP Vapi</translation>
    </message>
    <message>
        <source>On the trunk</source>
        <translation>Sur le trunk</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
</context>
<context>
    <name>tw::NumbersPage</name>
    <message>
        <source>Choose the numbers</source>
        <translation>Choisissez les numéros</translation>
    </message>
    <message>
        <source>Each number is registered on the trunk in Vapi and answered by its assistant.</source>
        <translation>Chaque numéro est enregistré sur le trunk dans Vapi et répondu par son assistant.</translation>
    </message>
    <message>
        <source>A&amp;dd numbers</source>
        <translation>A&amp;jouter les numéros</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>Importer un &amp;CSV…</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>Re&amp;tirer la sélection</translation>
    </message>
    <message>
        <source>+1 212 777 3456
+44 20 7123 4567
(one per line; paste as many as you like)</source>
        <translation>+1 212 777 3456
+44 20 7123 4567
(un par ligne ; collez-en autant que vous voulez)</translation>
    </message>
    <message>
        <source>Numbers &amp;to add:</source>
        <translation>Numéros à &amp;ajouter :</translation>
    </message>
    <message>
        <source>None: international format only</source>
        <translation>Aucun : format international uniquement</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>Pa&amp;ys par défaut :</translation>
    </message>
    <message>
        <source>&amp;Assistant for new numbers:</source>
        <translation>Assistant des nouveaux nu&amp;méros :</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Import numbers</source>
        <translation>Importer des numéros</translation>
    </message>
    <message>
        <source>Numbers (*.csv *.txt);;All files (*)</source>
        <translation>Numéros (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); choose a CSV or text file with one number per line. Nothing was added.</source>
        <translation>%1 n’a pas pu être lu (%2) ; choisissez un fichier CSV ou texte avec un numéro par ligne. Rien n’a été ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n numéro</numerusform>
            <numerusform>%n numéros</numerusform>
        </translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n cannot be used (see Check); they are left out</source>
        <translation>
            <numerusform>⚠ %n inutilisable (voir Contrôle) ; il est laissé de côté</numerusform>
            <numerusform>⚠ %n inutilisables (voir Contrôle) ; ils sont laissés de côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listed twice (added once)</source>
        <translation>
            <numerusform>%n en double (ajouté une fois)</numerusform>
            <numerusform>%n en double (ajoutés une fois)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::Operation</name>
    <message>
        <source>Waiting about %1 s for %2&apos;s rate limit…</source>
        <translation>Attente d’environ %1 s pour la limite de cadence de %2…</translation>
    </message>
    <message>
        <source>%1 did not answer properly; try %2 in %3 s…</source>
        <translation>%1 n’a pas répondu correctement ; nouvel essai vers %2 dans %3 s…</translation>
    </message>
</context>
<context>
    <name>tw::PdfReportWriter</name>
    <message>
        <source>A PDF report needs the graphical libraries.</source>
        <translation>Un rapport PDF a besoin des bibliothèques graphiques.</translation>
    </message>
    <message>
        <source>Trunk Wizard report %1 (%2)</source>
        <translation>Rapport Trunk Wizard %1 (%2)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Le PDF n’a pas pu être écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>tw::PhoneNumberValidator</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>Le numéro de téléphone est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains letters; enter the number with digits only, for example +12127773456.</source>
        <translation>« %1 » contient des lettres ; saisissez le numéro avec des chiffres uniquement, par exemple +12127773456.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code; use a two-letter code such as US or GB.</source>
        <translation>« %1 » n’est pas un code de pays connu ; utilisez un code à deux lettres comme US ou GB.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no country code; write it in international form starting with + (for example +12127773456) or choose the country.</source>
        <translation>« %1 » n’a pas d’indicatif de pays ; écrivez-le au format international commençant par + (par exemple +12127773456) ou choisissez le pays.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with an unknown country code.</source>
        <translation>« %1 » commence par un indicatif de pays inconnu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number.</source>
        <translation>« %1 » est trop court pour être un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number.</source>
        <translation>« %1 » est trop long pour être un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>« %1 » n’est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an extension; Vapi numbers cannot carry one.</source>
        <translation>« %1 » a un poste ; les numéros Vapi ne peuvent pas en avoir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too few digits for its country.</source>
        <translation>« %1 » a trop peu de chiffres pour son pays.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many digits for its country.</source>
        <translation>« %1 » a trop de chiffres pour son pays.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number in use in its country&apos;s numbering plan; check the digits.</source>
        <translation>« %1 » n’est pas un numéro attribué dans le plan de numérotation de son pays ; vérifiez les chiffres.</translation>
    </message>
</context>
<context>
    <name>tw::Plan</name>
    <message>
        <source>Plan for %1 (inbound SIP host %2):</source>
        <translation>Plan pour %1 (hôte SIP entrant %2) :</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to make.</source>
        <translation>
            <numerusform>%n modification à faire.</numerusform>
            <numerusform>%n modifications à faire.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::Planner</name>
    <message>
        <source>; leading plus on</source>
        <translation>; plus initial activé</translation>
    </message>
    <message>
        <source>; leading plus off</source>
        <translation>; plus initial désactivé</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>allow border-to-border %1, redirect unknown to border %2</source>
        <translation>autoriser les appels de frontière à frontière %1, rediriger les destinations inconnues vers la frontière %2</translation>
    </message>
    <message>
        <source>The Cloudonix domain %1 is not active; calls will not flow until it is.</source>
        <translation>Le domaine Cloudonix %1 n’est pas actif ; les appels ne passeront pas tant qu’il ne l’est pas.</translation>
    </message>
    <message>
        <source>%1 has no Vapi trunk yet; create it first (trunkwizard-cli service --name NAME --domain %1).</source>
        <translation>%1 n’a pas encore de trunk Vapi ; créez-le d’abord (trunkwizard-cli service --name NOM --domain %1).</translation>
    </message>
    <message>
        <source>Remove number %1 from Vapi (%2)</source>
        <translation>Retirer le numéro %1 de Vapi (%2)</translation>
    </message>
    <message>
        <source>Unbind %1 from the voice application</source>
        <translation>Détacher %1 de l’application vocale</translation>
    </message>
    <message>
        <source>Remove voice application &quot;%1&quot;</source>
        <translation>Retirer l’application vocale « %1 »</translation>
    </message>
    <message>
        <source>Remove trunk &quot;%1&quot; (%2)</source>
        <translation>Retirer le trunk « %1 » (%2)</translation>
    </message>
    <message>
        <source>Remove outbound trunk &quot;%1&quot; (%2)</source>
        <translation>Retirer le trunk sortant « %1 » (%2)</translation>
    </message>
    <message>
        <source>Trunk Wizard has no record of the domain settings before it changed them; they are left as they are.</source>
        <translation>Trunk Wizard n’a pas d’enregistrement des réglages du domaine avant leur modification ; ils restent tels quels.</translation>
    </message>
    <message>
        <source>Restore the domain settings of %1: %2</source>
        <translation>Rétablir les réglages du domaine de %1 : %2</translation>
    </message>
    <message>
        <source>The inbound SIP host %1 could not be resolved (%2), so its addresses for the inbound gateways are unknown; list them in trunk.inboundGateways or check DNS, then try again.</source>
        <translation>L’hôte SIP entrant %1 n’a pas pu être résolu (%2), donc ses adresses pour les passerelles entrantes sont inconnues ; indiquez-les dans trunk.inboundGateways ou vérifiez le DNS, puis réessayez.</translation>
    </message>
    <message>
        <source>Inbound calls need the inbound IP gateways of Cloudonix; none are known yet, so only the outbound part of the trunk is set up. Add them as inbound gateways (trunk.inboundGateways in a desired state, --inbound-ip on the command line).</source>
        <translation>Les appels entrants ont besoin des passerelles IP entrantes de Cloudonix ; aucune n’est encore connue, donc seule la partie sortante du trunk est configurée. Ajoutez-les comme passerelles entrantes (trunk.inboundGateways dans un état voulu, --inbound-ip en ligne de commande).</translation>
    </message>
    <message>
        <source>Using the trunk %1 (%2) instead.</source>
        <translation>Le trunk %1 (%2) est utilisé à la place.</translation>
    </message>
    <message>
        <source>A new one will be created.</source>
        <translation>Un nouveau sera créé.</translation>
    </message>
    <message>
        <source>The trunk &quot;%1&quot; (%2) already exists in Vapi (%3); it is updated in place and its numbers are kept.</source>
        <translation>Le trunk « %1 » (%2) existe déjà dans Vapi (%3) ; il est mis à jour sur place et garde ses numéros.</translation>
    </message>
    <message numerus="yes">
        <source>Create trunk &quot;%1&quot; with %n gateway(s)</source>
        <translation>
            <numerusform>Créer le trunk « %1 » avec %n passerelle</numerusform>
            <numerusform>Créer le trunk « %1 » avec %n passerelles</numerusform>
        </translation>
    </message>
    <message>
        <source>Trunk &quot;%1&quot; (%2) is as wanted</source>
        <translation>Le trunk « %1 » (%2) est comme voulu</translation>
    </message>
    <message>
        <source>Update trunk &quot;%1&quot; (%2)</source>
        <translation>Mettre à jour le trunk « %1 » (%2)</translation>
    </message>
    <message>
        <source>The single gateway %1 is a host name with inbound calls allowed; current Vapi accounts refuse that (&quot;SIP gateway creation failed&quot;). If Vapi refuses it, use the split gateway mode.</source>
        <translation>La passerelle unique %1 est un nom d’hôte avec les appels entrants autorisés ; les comptes Vapi actuels le refusent (« SIP gateway creation failed »). Si Vapi le refuse, utilisez le mode de passerelles séparées.</translation>
    </message>
    <message>
        <source>Gateway %1 is open for inbound and outbound calls; Cloudonix&apos;s inbound addresses only need inbound.</source>
        <translation>La passerelle %1 est ouverte aux appels entrants et sortants ; les adresses entrantes de Cloudonix n’ont besoin que de l’entrant.</translation>
    </message>
    <message>
        <source>no assistant</source>
        <translation>aucun assistant</translation>
    </message>
    <message>
        <source>assistant %1</source>
        <translation>assistant %1</translation>
    </message>
    <message>
        <source>Create SIP URI number %1 (%2)</source>
        <translation>Créer le numéro URI SIP %1 (%2)</translation>
    </message>
    <message>
        <source>Create number %1 on the trunk (%2)</source>
        <translation>Créer le numéro %1 sur le trunk (%2)</translation>
    </message>
    <message>
        <source>%1 already exists in Vapi as a &quot;%2&quot; number; remove it there first, or use mode sip-uri.</source>
        <translation>%1 existe déjà dans Vapi comme numéro « %2 » ; retirez-le d’abord là-bas, ou utilisez le mode sip-uri.</translation>
    </message>
    <message>
        <source>assistant %1 → %2</source>
        <translation>assistant %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 is on another trunk (%2) in Vapi; it will be moved to this domain&apos;s trunk.</source>
        <translation>%1 est sur un autre trunk (%2) dans Vapi ; il sera déplacé vers le trunk de ce domaine.</translation>
    </message>
    <message>
        <source>trunk %1 → this trunk</source>
        <translation>trunk %1 → ce trunk</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; → &quot;%2&quot;</source>
        <translation>nom « %1 » → « %2 »</translation>
    </message>
    <message>
        <source>Number %1 is as wanted (%2)</source>
        <translation>Le numéro %1 est comme voulu (%2)</translation>
    </message>
    <message>
        <source>Update number %1: %2</source>
        <translation>Mettre à jour le numéro %1 : %2</translation>
    </message>
    <message>
        <source>Remove number %1 (%2), no longer wanted</source>
        <translation>Retirer le numéro %1 (%2), qui n’est plus voulu</translation>
    </message>
    <message>
        <source>Create outbound trunk &quot;%1&quot; to %2</source>
        <translation>Créer le trunk sortant « %1 » vers %2</translation>
    </message>
    <message>
        <source>The Cloudonix trunk &quot;%1&quot; is an %2 trunk; carrier trunks are outbound. Rename one of them.</source>
        <translation>Le trunk Cloudonix « %1 » est un trunk %2 ; les trunks d’opérateur sont sortants. Renommez l’un des deux.</translation>
    </message>
    <message>
        <source>Outbound trunk &quot;%1&quot; is as wanted (%2)</source>
        <translation>Le trunk sortant « %1 » est comme voulu (%2)</translation>
    </message>
    <message>
        <source>Update outbound trunk &quot;%1&quot; to %2</source>
        <translation>Mettre à jour le trunk sortant « %1 » vers %2</translation>
    </message>
    <message>
        <source>Remove outbound trunk &quot;%1&quot; (%2), no longer wanted</source>
        <translation>Retirer le trunk sortant « %1 » (%2), qui n’est plus voulu</translation>
    </message>
    <message>
        <source>Domain settings of %1 are as wanted (%2)</source>
        <translation>Les réglages du domaine de %1 sont comme voulu (%2)</translation>
    </message>
    <message>
        <source>Set domain settings of %1: %2</source>
        <translation>Définir les réglages du domaine de %1 : %2</translation>
    </message>
    <message>
        <source>Create voice application &quot;%1&quot; (%2)</source>
        <translation>Créer l’application vocale « %1 » (%2)</translation>
    </message>
    <message>
        <source>Voice application &quot;%1&quot; is as wanted</source>
        <translation>L’application vocale « %1 » est comme voulu</translation>
    </message>
    <message>
        <source>Update voice application &quot;%1&quot; to %2</source>
        <translation>Mettre à jour l’application vocale « %1 » vers %2</translation>
    </message>
    <message>
        <source>Bind %1 to voice application &quot;%2&quot;</source>
        <translation>Rattacher %1 à l’application vocale « %2 »</translation>
    </message>
    <message>
        <source>%1 is bound to &quot;%2&quot;</source>
        <translation>%1 est rattaché à « %2 »</translation>
    </message>
    <message>
        <source>%1 is already bound to another Cloudonix application (%2); it was left as it is.</source>
        <translation>%1 est déjà rattaché à une autre application Cloudonix (%2) ; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Unbind %1 from voice application &quot;%2&quot;, no longer wanted</source>
        <translation>Détacher %1 de l’application vocale « %2 », qui n’est plus voulu</translation>
    </message>
    <message>
        <source>Cloudonix has no inbound SIP host for %1 (no auto alias and no UUID); give the trunk&apos;s gateway (&quot;Gateway IP address / FQDN&quot;) as the host name Vapi should send calls to.</source>
        <translation>Cloudonix n’a pas d’hôte SIP entrant pour %1 (ni alias automatique ni UUID) ; indiquez comme passerelle du trunk (&quot;Gateway IP address / FQDN&quot;) le nom d’hôte auquel Vapi doit envoyer les appels.</translation>
    </message>
</context>
<context>
    <name>tw::ProbeOperation</name>
    <message>
        <source>%1 is not set up on this computer: run the wizard (or trunkwizard-cli apply) first, or name the domain as it was set up.</source>
        <translation>%1 n’est pas configuré sur cet ordinateur : lancez d’abord l’assistant (ou trunkwizard-cli apply), ou nommez le domaine tel qu’il a été configuré.</translation>
    </message>
    <message>
        <source>%1 has no trunk and no inbound SIP host recorded: verify the domain in the wizard first.</source>
        <translation>%1 n’a ni trunk ni hôte SIP entrant enregistré : vérifiez d’abord le domaine dans l’assistant.</translation>
    </message>
    <message>
        <source>Reading the trunk&apos;s gateways from Vapi…</source>
        <translation>Lecture des passerelles du trunk chez Vapi…</translation>
    </message>
    <message>
        <source>Asking the gateway over SIP</source>
        <translation>Interrogation de la passerelle en SIP</translation>
    </message>
    <message>
        <source>Asking %1 gateways over SIP</source>
        <translation>Interrogation de %1 passerelles en SIP</translation>
    </message>
    <message>
        <source> (one that stays silent is given up after %1 s)…</source>
        <translation> (une passerelle silencieuse est abandonnée après %1 s)…</translation>
    </message>
</context>
<context>
    <name>tw::ProbeReport</name>
    <message>
        <source>The SIP check was cancelled.</source>
        <translation>La vérification SIP a été annulée.</translation>
    </message>
    <message>
        <source>The trunk has no gateway to check.</source>
        <translation>Le trunk n’a aucune passerelle à vérifier.</translation>
    </message>
    <message>
        <source>Every gateway answers SIP (1 address checked).</source>
        <translation>Chaque passerelle répond en SIP (1 adresse vérifiée).</translation>
    </message>
    <message>
        <source>Every gateway answers SIP (%1 addresses checked).</source>
        <translation>Chaque passerelle répond en SIP (%1 adresses vérifiées).</translation>
    </message>
    <message>
        <source>No gateway passes the SIP check: calls through this trunk cannot work until this is fixed.</source>
        <translation>Aucune passerelle ne passe la vérification SIP : les appels par ce trunk ne peuvent pas fonctionner tant que ce n’est pas corrigé.</translation>
    </message>
    <message>
        <source>%1 of %2 gateway addresses fail the SIP check: calls through them fail.</source>
        <translation>%1 adresses de passerelle sur %2 échouent à la vérification SIP : les appels qui passent par elles échouent.</translation>
    </message>
</context>
<context>
    <name>tw::Provisioner</name>
    <message>
        <source>Reading %1 from Cloudonix and Vapi…</source>
        <translation>Lecture de %1 chez Cloudonix et Vapi…</translation>
    </message>
    <message>
        <source>Looking up the addresses of %1…</source>
        <translation>Recherche des adresses de %1…</translation>
    </message>
    <message>
        <source>reading the current state</source>
        <translation>lors de la lecture de l’état actuel</translation>
    </message>
    <message>
        <source>%1 was changed by another run after this plan was made; nothing was changed. Plan again.</source>
        <translation>%1 a été modifié par une autre exécution après ce plan ; rien n’a été modifié. Planifiez à nouveau.</translation>
    </message>
    <message>
        <source>The changes were made and recorded, but what was wanted could not be saved for later comparison: %1</source>
        <translation>Les modifications ont été faites et enregistrées, mais l’état voulu n’a pas pu être conservé pour une comparaison ultérieure : %1</translation>
    </message>
    <message>
        <source>%1 is not configured in Trunk Wizard, so there is nothing of it to remove.</source>
        <translation>%1 n’est pas configuré dans Trunk Wizard, il n’y a donc rien à en retirer.</translation>
    </message>
    <message>
        <source>%1 is not configured in Trunk Wizard; run configure first.</source>
        <translation>%1 n’est pas configuré dans Trunk Wizard ; lancez d’abord configure.</translation>
    </message>
    <message>
        <source>A run that stopped mid-way was creating this (%1) %2 s ago; waiting up to %3 s for it to show, so it is not made twice…</source>
        <translation>Une exécution interrompue créait ceci (%1) il y a %2 s ; attente jusqu’à %3 s de son apparition, pour ne pas le créer deux fois…</translation>
    </message>
    <message>
        <source>Reading back what already exists to take it over: %1</source>
        <translation>Relecture de ce qui existe déjà pour le reprendre : %1</translation>
    </message>
    <message>
        <source>reading back what already exists</source>
        <translation>relecture de ce qui existe déjà</translation>
    </message>
</context>
<context>
    <name>tw::ProvisioningEngine</name>
    <message>
        <source>recording the start of the run</source>
        <translation>lors de l’enregistrement du début de l’exécution</translation>
    </message>
    <message>
        <source>Trunk Wizard could not record the change, so it stopped: %1</source>
        <translation>Trunk Wizard n’a pas pu enregistrer la modification et s’est donc arrêté : %1</translation>
    </message>
    <message>
        <source>%1 answered that %2 already exists, yet it was not found when read back; nothing was taken over. Run the apply again in a minute; if this repeats, send the details to support.</source>
        <translation>%1 a répondu que %2 existe déjà, mais il est introuvable à la relecture ; rien n’a été repris. Relancez apply dans une minute ; si cela se répète, envoyez les détails au support.</translation>
    </message>
</context>
<context>
    <name>tw::RecordStore</name>
    <message>
        <source>Qt&apos;s SQLite driver is missing (package libqt6sql6-sqlite); Trunk Wizard cannot keep its records.</source>
        <translation>Le pilote SQLite de Qt manque (paquet libqt6sql6-sqlite) ; Trunk Wizard ne peut pas tenir ses enregistrements.</translation>
    </message>
    <message>
        <source>The records file %1 could not be opened (%2).</source>
        <translation>Le fichier d’enregistrements %1 n’a pas pu être ouvert (%2).</translation>
    </message>
    <message>
        <source>The records file %1 could not be opened (%2); check the disk&apos;s free space and the folder&apos;s permissions.</source>
        <translation>Le fichier d’enregistrements %1 n’a pas pu être ouvert (%2) ; vérifiez l’espace libre du disque et les droits du dossier.</translation>
    </message>
    <message>
        <source>The records file %1 was written by a newer Trunk Wizard (schema %2; this version knows up to %3); update Trunk Wizard. The file was left unchanged.</source>
        <translation>Le fichier d’enregistrements %1 a été écrit par un Trunk Wizard plus récent (schéma %2 ; cette version connaît jusqu’au %3) ; mettez Trunk Wizard à jour. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>upgrading the records file</source>
        <translation>lors de la mise à niveau du fichier d’enregistrements</translation>
    </message>
    <message>
        <source>The records file %1 is not open.</source>
        <translation>Le fichier d’enregistrements %1 n’est pas ouvert.</translation>
    </message>
    <message>
        <source>The records file %1 could not be written while %2 (%3); check the disk and its permissions.</source>
        <translation>Le fichier d’enregistrements %1 n’a pas pu être écrit %2 (%3) ; vérifiez le disque et ses droits.</translation>
    </message>
    <message>
        <source>The records file %1 could not be written while %2 (%3); nothing of it was saved. Free some disk space or check the folder&apos;s permissions, then try again.</source>
        <translation>Le fichier d’enregistrements %1 n’a pas pu être écrit %2 (%3) ; rien n’en a été enregistré. Libérez de l’espace disque ou vérifiez les droits du dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>The records file %1 could not be read (%2).</source>
        <translation>Le fichier d’enregistrements %1 n’a pas pu être lu (%2).</translation>
    </message>
    <message>
        <source>recording a step</source>
        <translation>lors de l’enregistrement d’une étape</translation>
    </message>
    <message>
        <source>saving the records</source>
        <translation>lors de l’enregistrement des données</translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation>lors de l’enregistrement de %1</translation>
    </message>
</context>
<context>
    <name>tw::ReportOperation</name>
    <message>
        <source>all domains</source>
        <translation>tous les domaines</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n domain(s)…</source>
        <translation>
            <numerusform>Lecture de %n domaine…</numerusform>
            <numerusform>Lecture de %n domaines…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::ReportPreviewDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Report of all domains</source>
        <translation>Rapport de tous les domaines</translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation>Rapport de %1</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>HTML (printable)</source>
        <translation>HTML (imprimable)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Markdown (for a support ticket)</source>
        <translation>Markdown (pour un ticket de support)</translation>
    </message>
    <message>
        <source>CSV (one row per number)</source>
        <translation>CSV (une ligne par numéro)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Reading Cloudonix and Vapi for the report…</source>
        <translation>Lecture de Cloudonix et Vapi pour le rapport…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>The report is not ready yet.</source>
        <translation>Le rapport n’est pas encore prêt.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1 (%2).</source>
        <translation>Le rapport n’a pas pu être enregistré dans %1 (%2).</translation>
    </message>
</context>
<context>
    <name>tw::ReportRenderer</name>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Cloudonix</source>
        <translation>Cloudonix</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Inbound SIP host</source>
        <translation>Hôte SIP entrant</translation>
    </message>
    <message>
        <source>Auto alias</source>
        <translation>Alias automatique</translation>
    </message>
    <message>
        <source>Allow border-to-border calls</source>
        <translation>Autoriser les appels de frontière à frontière</translation>
    </message>
    <message>
        <source>Redirect unknown destination to border</source>
        <translation>Rediriger les destinations inconnues vers la frontière</translation>
    </message>
    <message>
        <source>Outbound trunks</source>
        <translation>Trunks sortants</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>not in the keychain</source>
        <translation>absente du trousseau</translation>
    </message>
    <message>
        <source>Vapi</source>
        <translation>Vapi</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>SIP trunk</source>
        <translation>Trunk SIP</translation>
    </message>
    <message>
        <source>Leading plus for outbound calls</source>
        <translation>Plus initial pour les appels sortants</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Passerelles</translation>
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
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Options ping</source>
        <translation>Ping OPTIONS</translation>
    </message>
    <message>
        <source>No gateways.</source>
        <translation>Aucune passerelle.</translation>
    </message>
    <message>
        <source>Not read (no live state).</source>
        <translation>Non lu (pas d’état en service).</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Vapi id</source>
        <translation>Identifiant Vapi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>No numbers.</source>
        <translation>Aucun numéro.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>None: everything is as last applied.</source>
        <translation>Aucun : tout est comme lors de la dernière application.</translation>
    </message>
    <message>
        <source>drift</source>
        <translation>écart</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <source>Last test calls</source>
        <translation>Derniers appels de test</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Vapi&apos;s reason</source>
        <translation>Raison de Vapi</translation>
    </message>
    <message>
        <source>No test calls yet.</source>
        <translation>Aucun appel de test pour l’instant.</translation>
    </message>
    <message>
        <source>SIP checks of the gateways</source>
        <translation>Vérifications SIP des passerelles</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Aller-retour</translation>
    </message>
    <message>
        <source>No SIP check yet.</source>
        <translation>Aucune vérification SIP pour l’instant.</translation>
    </message>
    <message>
        <source>(earlier check)</source>
        <translation>(vérification précédente)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Change journal</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Aucune modification enregistrée.</translation>
    </message>
    <message>
        <source>Report %1, generated %2 UTC (%3 local time) by %4; scope: %5.</source>
        <translation>Rapport %1, généré le %2 UTC (%3 heure locale) par %4 ; portée : %5.</translation>
    </message>
    <message>
        <source># Trunk Wizard configuration report</source>
        <translation># Rapport de configuration Trunk Wizard</translation>
    </message>
    <message>
        <source>&gt; API keys are shown only as fingerprints: their last four characters and the start of their SHA-256 hash.</source>
        <translation>&gt; Les clés API ne sont montrées que sous forme d’empreintes : leurs quatre derniers caractères et le début de leur hachage SHA-256.</translation>
    </message>
    <message>
        <source>Trunk Wizard report %1</source>
        <translation>Rapport Trunk Wizard %1</translation>
    </message>
    <message>
        <source>Trunk Wizard configuration report</source>
        <translation>Rapport de configuration Trunk Wizard</translation>
    </message>
    <message>
        <source>API keys are shown only as fingerprints: their last four characters and the start of their SHA-256 hash.</source>
        <translation>Les clés API ne sont montrées que sous forme d’empreintes : leurs quatre derniers caractères et le début de leur hachage SHA-256.</translation>
    </message>
    <message>
        <source>Add the carrier&apos;s trunk in the wizard&apos;s Routing page, or in the Cloudonix console.</source>
        <translation>Ajoutez le trunk de l’opérateur à la page Routage de l’assistant, ou dans la console Cloudonix.</translation>
    </message>
</context>
<context>
    <name>tw::ReviewPage</name>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>As wanted</source>
        <translation>Comme voulu</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>Vérifiez les modifications</translation>
    </message>
    <message>
        <source>This is everything Trunk Wizard will do. Nothing has been changed yet; Apply makes it so.</source>
        <translation>Voici tout ce que Trunk Wizard va faire. Rien n’a encore été modifié ; « Appliquer » le réalise.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Modifications prévues</translation>
    </message>
    <message>
        <source>Reading Cloudonix and Vapi…</source>
        <translation>Lecture de Cloudonix et Vapi…</translation>
    </message>
    <message>
        <source>Some of what you entered cannot be used; go back and correct it.</source>
        <translation>Une partie de votre saisie n’est pas utilisable ; revenez en arrière pour la corriger.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>avant : %1</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>après : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n already as wanted</source>
        <translation>
            <numerusform>%n déjà comme voulu</numerusform>
            <numerusform>%n déjà comme voulu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1 : %n modification</numerusform>
            <numerusform>%1 : %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is already as wanted; Apply only records it.</source>
        <translation>Tout est déjà comme voulu ; « Appliquer » ne fait que l’enregistrer.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to make.</source>
        <translation>
            <numerusform>%n modification à faire.</numerusform>
            <numerusform>%n modifications à faire.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::RoutingPage</name>
    <message>
        <source>Route calls on Cloudonix</source>
        <translation>Acheminer les appels chez Cloudonix</translation>
    </message>
    <message>
        <source>Cloudonix passes calls between Vapi and the phone network; these settings let it.</source>
        <translation>Cloudonix fait passer les appels entre Vapi et le réseau téléphonique ; ces réglages le lui permettent.</translation>
    </message>
    <message>
        <source>A&amp;llow border-to-border calls (recommended)</source>
        <translation>Autoriser les appels de &amp;frontière à frontière (recommandé)</translation>
    </message>
    <message>
        <source>&amp;Redirect unknown destination to border (recommended)</source>
        <translation>&amp;Rediriger les destinations inconnues vers la frontière (recommandé)</translation>
    </message>
    <message>
        <source>Add &amp;carrier trunk</source>
        <translation>Ajouter un &amp;trunk d’opérateur</translation>
    </message>
    <message>
        <source>Lets a call that arrives from one external system (Vapi) leave to another (a carrier).</source>
        <translation>Permet à un appel qui arrive d’un système externe (Vapi) de ressortir vers un autre (un opérateur).</translation>
    </message>
    <message>
        <source>Sends a call to a number the domain does not know out to the border (Vapi&apos;s outbound calls to the phone network).</source>
        <translation>Envoie vers la frontière un appel vers un numéro que le domaine ne connaît pas (les appels sortants de Vapi vers le réseau téléphonique).</translation>
    </message>
    <message>
        <source>optional: https://your-server.example.com/vapi.xml</source>
        <translation>facultatif : https://votre-serveur.example.com/vapi.xml</translation>
    </message>
    <message>
        <source>CXML application &amp;URL:</source>
        <translation>&amp;URL de l’application CXML :</translation>
    </message>
    <message>
        <source>CXML each number gets:</source>
        <translation>CXML que reçoit chaque numéro :</translation>
    </message>
    <message>
        <source>Outbound carrier trunks</source>
        <translation>Trunks d’opérateur sortants</translation>
    </message>
    <message>
        <source>Vapi&apos;s outbound calls reach the phone network through a carrier trunk on the domain (the guide&apos;s example: Telnyx).</source>
        <translation>Les appels sortants de Vapi atteignent le réseau téléphonique par un trunk d’opérateur sur le domaine (l’exemple du guide : Telnyx).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port / transport</source>
        <translation>Port / transport</translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation>Géré par</translation>
    </message>
    <message>
        <source>⚠ The domain has no outbound trunk yet, so Vapi&apos;s outbound calls have nowhere to go. Add your carrier&apos;s trunk below, or later.</source>
        <translation>⚠ Le domaine n’a pas encore de trunk sortant, donc les appels sortants de Vapi n’ont nulle part où aller. Ajoutez le trunk de votre opérateur ci-dessous, ou plus tard.</translation>
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
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>Tra&amp;nsport :</translation>
    </message>
    <message>
        <source>Carrier %1</source>
        <translation>Opérateur %1</translation>
    </message>
    <message>
        <source>Trunk Wizard</source>
        <translation>Trunk Wizard</translation>
    </message>
    <message>
        <source>already on the domain</source>
        <translation>déjà sur le domaine</translation>
    </message>
    <message>
        <source>Carrier trunk</source>
        <translation>Trunk d’opérateur</translation>
    </message>
    <message>
        <source>A carrier trunk named &quot;%1&quot; is already in the list.</source>
        <translation>Un trunk d’opérateur nommé « %1 » est déjà dans la liste.</translation>
    </message>
    <message>
        <source>⚠ Enter a full http:// or https:// address, or leave it empty.</source>
        <translation>⚠ Saisissez une adresse http:// ou https:// complète, ou laissez vide.</translation>
    </message>
    <message>
        <source>Ho&amp;st:</source>
        <translation>&amp;Hôte :</translation>
    </message>
</context>
<context>
    <name>tw::SandboxBanner</name>
    <message>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; nothing is sent to Cloudonix or Vapi. Accounts, numbers and calls here are simulated on this computer.</source>
        <translation>&lt;b&gt;Bac à sable :&lt;/b&gt; rien n’est envoyé à Cloudonix ni à Vapi. Les comptes, numéros et appels sont ici simulés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Simulated APIs at %1</source>
        <translation>API simulées sur %1</translation>
    </message>
</context>
<context>
    <name>tw::SecretLineEdit</name>
    <message>
        <source>Hide key</source>
        <translation>Masquer la clé</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Afficher la clé</translation>
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
        <translation>le domaine Cloudonix %1</translation>
    </message>
    <message>
        <source>Vapi (%1 region)</source>
        <translation>Vapi (région %1)</translation>
    </message>
</context>
<context>
    <name>tw::SettingsDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>A&amp;pparence :</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>High contrast shows white text and edges on black, with a yellow focus mark.</source>
        <translation>Le contraste élevé affiche le texte et les bords en blanc sur noir, avec une marque de focus jaune.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Used the next time Trunk Wizard starts, by the app and trunkwizard-cli.</source>
        <translation>Utilisée au prochain démarrage de Trunk Wizard, par l’application et par trunkwizard-cli.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Request timeout:</source>
        <translation>&amp;Délai d’une requête :</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Délai d’une requête</translation>
    </message>
    <message>
        <source>How long one request to Cloudonix or Vapi may take before it is tried again or reported.</source>
        <translation>Combien de temps une requête à Cloudonix ou Vapi peut durer avant d’être réessayée ou signalée.</translation>
    </message>
    <message>
        <source>None: only the system&apos;s certificate authorities</source>
        <translation>Aucun : uniquement les autorités de certification du système</translation>
    </message>
    <message>
        <source>Private &amp;CA certificate:</source>
        <translation>Certificat d’autorité (&amp;CA) privé :</translation>
    </message>
    <message>
        <source>Private CA certificate</source>
        <translation>Certificat d’autorité (CA) privé</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Choisir un fichier de certificat d’autorité</translation>
    </message>
    <message>
        <source>Clear the CA certificate</source>
        <translation>Effacer le certificat d’autorité</translation>
    </message>
    <message>
        <source>Only for a network whose HTTPS proxy inspects traffic: its CA certificate (PEM or DER) is trusted in addition to the system&apos;s. Certificates are always checked.</source>
        <translation>Uniquement pour un réseau dont le proxy HTTPS inspecte le trafic : son certificat d’autorité (PEM ou DER) est approuvé en plus de ceux du système. Les certificats sont toujours vérifiés.</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>Choisir le certificat d’autorité</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
    <message>
        <source>Settings saved. The CA certificate in %1 is trusted from now on.</source>
        <translation>Réglages enregistrés. Le certificat d’autorité de %1 est désormais approuvé.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>tw::SetupWizard</name>
    <message>
        <source>Set up a domain</source>
        <translation>Configurer un domaine</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>The glossary: SIP trunk, gateway, options ping, leading plus and the other terms, in plain words (F1)</source>
        <translation>Le glossaire : trunk SIP, passerelle, ping OPTIONS, plus initial et les autres termes, en termes simples (F1)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
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
        <translation>Trunk SIP</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
</context>
<context>
    <name>tw::SipCheckRow</name>
    <message>
        <source>Chec&amp;k again</source>
        <translation>Vérifier à nouvea&amp;u</translation>
    </message>
    <message>
        <source>Check the gateway again</source>
        <translation>Vérifier à nouveau la passerelle</translation>
    </message>
    <message>
        <source>Send SIP OPTIONS to the gateway from this computer</source>
        <translation>Envoyer SIP OPTIONS à la passerelle depuis cet ordinateur</translation>
    </message>
    <message>
        <source>Checks %1 in a moment…</source>
        <translation>Vérification de %1 dans un instant…</translation>
    </message>
    <message>
        <source>Asking %1 over SIP…</source>
        <translation>Interrogation de %1 en SIP…</translation>
    </message>
    <message>
        <source> This computer&apos;s network may block SIP where Vapi&apos;s does not; you can go on.</source>
        <translation> Le réseau de cet ordinateur bloque peut-être SIP là où celui de Vapi ne le fait pas ; vous pouvez continuer.</translation>
    </message>
    <message>
        <source>✓ The gateway answers SIP (%1, %2 ms).</source>
        <translation>✓ La passerelle répond en SIP (%1, %2 ms).</translation>
    </message>
    <message>
        <source>✓ The gateway answers SIP at each of its %1 addresses (slowest %2 ms).</source>
        <translation>✓ La passerelle répond en SIP à chacune de ses %1 adresses (la plus lente : %2 ms).</translation>
    </message>
</context>
<context>
    <name>tw::SipMessage</name>
    <message>
        <source>out of memory</source>
        <translation>mémoire épuisée</translation>
    </message>
    <message>
        <source>not a SIP message</source>
        <translation>pas un message SIP</translation>
    </message>
    <message>
        <source>a SIP message without Via, CSeq or Call-ID</source>
        <translation>un message SIP sans Via, CSeq ni Call-ID</translation>
    </message>
    <message>
        <source>a SIP message without a start line</source>
        <translation>un message SIP sans ligne de départ</translation>
    </message>
    <message>
        <source>%1 is not a SIP address</source>
        <translation>%1 n’est pas une adresse SIP</translation>
    </message>
    <message>
        <source>a header of the SIP request could not be written</source>
        <translation>un en-tête de la requête SIP n’a pas pu être écrit</translation>
    </message>
</context>
<context>
    <name>tw::SipOptionsTransaction</name>
    <message>
        <source>the answer could not be framed as SIP</source>
        <translation>la réponse n’a pas pu être délimitée comme du SIP</translation>
    </message>
    <message>
        <source>the connection was closed without an answer</source>
        <translation>la connexion a été fermée sans réponse</translation>
    </message>
</context>
<context>
    <name>tw::SipProbeResult</name>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>not in DNS</source>
        <translation>absent du DNS</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>échec TLS</translation>
    </message>
    <message>
        <source>not SIP</source>
        <translation>pas du SIP</translation>
    </message>
    <message>
        <source>not a SIP address</source>
        <translation>pas une adresse SIP</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms (%3).</source>
        <translation>%1 a répondu en SIP en %2 ms (%3).</translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms and asked for credentials (%3): it is reachable, and accepts calls only from its trunk partners.</source>
        <translation>%1 a répondu en SIP en %2 ms et a demandé des identifiants (%3) : il est joignable et n’accepte les appels que de ses partenaires de trunk.</translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms but refuses this computer (%3): it is reachable; a gateway usually accepts only its trunk partners&apos; addresses, so this is expected.</source>
        <translation>%1 a répondu en SIP en %2 ms mais refuse cet ordinateur (%3) : il est joignable ; une passerelle n’accepte en général que les adresses de ses partenaires de trunk, c’est donc attendu.</translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms but does not know the address asked for (%3): check that the gateway is the domain&apos;s inbound SIP host.</source>
        <translation>%1 a répondu en SIP en %2 ms mais ne connaît pas l’adresse demandée (%3) : vérifiez que la passerelle est l’hôte SIP entrant du domaine.</translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms (%3): it is reachable.</source>
        <translation>%1 a répondu en SIP en %2 ms (%3) : il est joignable.</translation>
    </message>
    <message>
        <source>%1 answered but is unavailable (%2): the SIP server is overloaded or down for maintenance; try again in a few minutes, and if it stays so, ask Cloudonix support.</source>
        <translation>%1 a répondu mais est indisponible (%2) : le serveur SIP est surchargé ou en maintenance ; réessayez dans quelques minutes et, si cela dure, contactez le support Cloudonix.</translation>
    </message>
    <message>
        <source>%1 answered with a server failure (%2): try again in a few minutes, and if it stays so, ask Cloudonix support.</source>
        <translation>%1 a répondu par une erreur du serveur (%2) : réessayez dans quelques minutes et, si cela dure, contactez le support Cloudonix.</translation>
    </message>
    <message>
        <source>%1 did not answer (%2): the host, port or transport may be wrong, a firewall may drop SIP, or the server is down. Check the gateway&apos;s port and protocol, and that this network lets SIP out (UDP or TCP 5060, TLS 5061).</source>
        <translation>%1 n’a pas répondu (%2) : l’hôte, le port ou le transport sont peut-être faux, un pare-feu bloque peut-être le SIP, ou le serveur est arrêté. Vérifiez le port et le protocole de la passerelle, et que ce réseau laisse sortir le SIP (UDP ou TCP 5060, TLS 5061).</translation>
    </message>
    <message>
        <source>1 try</source>
        <translation>1 essai</translation>
    </message>
    <message>
        <source>%1 tries</source>
        <translation>%1 essais</translation>
    </message>
    <message>
        <source>%1 refused: nothing takes SIP on that port. Check the gateway&apos;s port and protocol (UDP or TCP 5060, TLS 5061).</source>
        <translation>%1 a refusé : rien ne reçoit le SIP sur ce port. Vérifiez le port et le protocole de la passerelle (UDP ou TCP 5060, TLS 5061).</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer: check the network connection and any firewall.</source>
        <translation>%1 est injoignable depuis cet ordinateur : vérifiez la connexion réseau et tout pare-feu.</translation>
    </message>
    <message>
        <source>%1 has no address in DNS: check the host name for typos; the domain&apos;s inbound SIP host is on the Cloudonix page.</source>
        <translation>%1 n’a pas d’adresse dans le DNS : vérifiez l’orthographe du nom d’hôte ; l’hôte SIP entrant du domaine figure sur la page Cloudonix.</translation>
    </message>
    <message>
        <source>%1 failed the TLS handshake: check the port (TLS is usually 5061) and, behind a TLS-inspecting proxy, add its CA in Settings.</source>
        <translation>%1 a échoué à la négociation TLS : vérifiez le port (TLS utilise en général 5061) et, derrière un proxy qui inspecte le TLS, ajoutez son autorité dans les Réglages.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not SIP: another service listens on that port. Check the gateway&apos;s port.</source>
        <translation>%1 a répondu par autre chose que du SIP : un autre service écoute sur ce port. Vérifiez le port de la passerelle.</translation>
    </message>
    <message>
        <source>%1 cannot be asked: its host is not a valid SIP address. Check the gateway for typos.</source>
        <translation>%1 ne peut pas être interrogé : son hôte n’est pas une adresse SIP valide. Vérifiez l’orthographe de la passerelle.</translation>
    </message>
    <message>
        <source>%1 was not checked: the probe was cancelled.</source>
        <translation>%1 n’a pas été vérifié : la sonde a été annulée.</translation>
    </message>
</context>
<context>
    <name>tw::SipTarget</name>
    <message>
        <source>%1:%2 over %3</source>
        <translation>%1:%2 en %3</translation>
    </message>
</context>
<context>
    <name>tw::SipUdpChannel</name>
    <message>
        <source>%1 is not an IPv4 address</source>
        <translation>%1 n’est pas une adresse IPv4</translation>
    </message>
</context>
<context>
    <name>tw::StaticHostResolver</name>
    <message>
        <source>%1 is not a known host</source>
        <translation>%1 n’est pas un hôte connu</translation>
    </message>
</context>
<context>
    <name>tw::StatusRefreshOperation</name>
    <message>
        <source>Reading the keys…</source>
        <translation>Lecture des clés…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>Reading the Vapi account…</source>
        <translation>Lecture du compte Vapi…</translation>
    </message>
    <message>
        <source>Checked %1 of %2 domains…</source>
        <translation>%1 domaines vérifiés sur %2…</translation>
    </message>
</context>
<context>
    <name>tw::StepList</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>étape actuelle</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
</context>
<context>
    <name>tw::SummaryCard</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>tw::SyncOperation</name>
    <message>
        <source>Reading Vapi&apos;s numbers…</source>
        <translation>Lecture des numéros de Vapi…</translation>
    </message>
    <message>
        <source>Reading Vapi&apos;s trunks…</source>
        <translation>Lecture des trunks de Vapi…</translation>
    </message>
    <message>
        <source>%1: trunk %2 is gone from Vapi; forgotten.</source>
        <translation>%1 : le trunk %2 a disparu de Vapi ; oublié.</translation>
    </message>
    <message>
        <source>%1: trunk &quot;%2&quot; (%3) %4; recorded.</source>
        <translation>%1 : trunk « %2 » (%3) %4 ; enregistré.</translation>
    </message>
    <message>
        <source>%1: number %2 is gone from Vapi; forgotten.</source>
        <translation>%1 : le numéro %2 a disparu de Vapi ; oublié.</translation>
    </message>
    <message>
        <source>%1: number %2 found on the trunk; recorded.</source>
        <translation>%1 : numéro %2 trouvé sur le trunk ; enregistré.</translation>
    </message>
</context>
<context>
    <name>tw::TestCallDialog</name>
    <message>
        <source>&amp;Place the call</source>
        <translation>&amp;Passer l’appel</translation>
    </message>
    <message>
        <source>Test call through %1</source>
        <translation>Appel de test par %1</translation>
    </message>
    <message>
        <source>%1 has only SIP URI numbers, which receive calls but cannot make them: add a number on the trunk to place a test call.</source>
        <translation>%1 n’a que des numéros URI SIP, qui reçoivent des appels mais ne peuvent pas en passer : ajoutez un numéro sur le trunk pour passer un appel de test.</translation>
    </message>
    <message>
        <source>+1 212 555 0100</source>
        <translation>+1 212 555 0100</translation>
    </message>
    <message>
        <source>&amp;From number:</source>
        <translation>Numéro d’&amp;origine :</translation>
    </message>
    <message>
        <source>&amp;To number:</source>
        <translation>Numéro de &amp;destination :</translation>
    </message>
    <message>
        <source>Your own phone: Vapi calls it from the number above through the trunk.</source>
        <translation>Votre propre téléphone : Vapi l’appelle depuis le numéro ci-dessus par le trunk.</translation>
    </message>
    <message>
        <source>&amp;Assistant (name or id):</source>
        <translation>&amp;Assistant (nom ou identifiant) :</translation>
    </message>
    <message>
        <source>To number: %1</source>
        <translation>Numéro de destination : %1</translation>
    </message>
    <message>
        <source>Placing the call…</source>
        <translation>Appel en cours…</translation>
    </message>
    <message>
        <source>Call status: %1</source>
        <translation>État de l’appel : %1</translation>
    </message>
    <message>
        <source>Vapi&apos;s reason: %1</source>
        <translation>Raison de Vapi : %1</translation>
    </message>
</context>
<context>
    <name>tw::TestCallOperation</name>
    <message>
        <source>%1 has no number on the trunk yet: add one, then call from it.</source>
        <translation>%1 n’a pas encore de numéro sur le trunk : ajoutez-en un, puis appelez depuis celui-ci.</translation>
    </message>
    <message>
        <source>Call from a number on the trunk instead: %1.</source>
        <translation>Appelez plutôt depuis un numéro du trunk : %1.</translation>
    </message>
    <message>
        <source>Call from a number on the trunk instead: %1 or one of %2 more.</source>
        <translation>Appelez plutôt depuis un numéro du trunk : %1 ou l’un des %2 autres.</translation>
    </message>
    <message>
        <source>%1 is a Vapi SIP URI number, which only receives calls: Vapi cannot call out from it. %2</source>
        <translation>%1 est un numéro URI SIP Vapi, qui ne fait que recevoir des appels : Vapi ne peut pas appeler depuis lui. %2</translation>
    </message>
    <message>
        <source>%1 is not a number of %2 that Trunk Wizard set up; give its Vapi id instead.</source>
        <translation>%1 n’est pas un numéro de %2 configuré par Trunk Wizard ; indiquez plutôt son identifiant Vapi.</translation>
    </message>
    <message>
        <source>Finding the number and the assistant…</source>
        <translation>Recherche du numéro et de l’assistant…</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Appel de %1…</translation>
    </message>
</context>
<context>
    <name>tw::TestCallResult</name>
    <message>
        <source>The test call %1 had not ended when the wait ran out (last status: %2).</source>
        <translation>L’appel de test %1 n’était pas terminé à la fin de l’attente (dernier état : %2).</translation>
    </message>
</context>
<context>
    <name>tw::Troubleshooter</name>
    <message>
        <source>No Vapi SIP trunk is set up for %1: run the wizard (or trunkwizard-cli apply) to create it.</source>
        <translation>Aucun trunk SIP Vapi n’est configuré pour %1 : lancez l’assistant (ou trunkwizard-cli apply) pour le créer.</translation>
    </message>
    <message>
        <source>The Vapi trunk recorded for %1 (%2) is gone from Vapi: run the wizard (or trunkwizard-cli apply) to create it again.</source>
        <translation>Le trunk Vapi enregistré pour %1 (%2) a disparu de Vapi : lancez l’assistant (ou trunkwizard-cli apply) pour le recréer.</translation>
    </message>
    <message>
        <source>Gateway %1 is a host name with &quot;Allow inbound calls&quot; on, and Vapi accepts inbound calls only from IP addresses: turn inbound off on it and add its IPv4 addresses as inbound gateways (the wizard&apos;s SIP trunk page does both).</source>
        <translation>La passerelle %1 est un nom d’hôte avec « Autoriser les appels entrants » activé, et Vapi n’accepte les appels entrants que d’adresses IP : désactivez l’entrant sur elle et ajoutez ses adresses IPv4 comme passerelles entrantes (la page « Trunk SIP » de l’assistant fait les deux).</translation>
    </message>
    <message>
        <source>The trunk has no inbound gateway with an IP address, so Vapi refuses the calls Cloudonix sends it: add the addresses of %1 as gateways with &quot;Allow inbound calls&quot; on (the wizard looks them up for you).</source>
        <translation>Le trunk n’a aucune passerelle entrante avec une adresse IP, donc Vapi refuse les appels que Cloudonix lui envoie : ajoutez les adresses de %1 comme passerelles avec « Autoriser les appels entrants » activé (l’assistant les recherche pour vous).</translation>
    </message>
    <message>
        <source>the domain&apos;s inbound SIP host</source>
        <translation>l’hôte SIP entrant du domaine</translation>
    </message>
    <message>
        <source>No gateway of the trunk has &quot;Allow outbound calls&quot; on, so Vapi cannot place calls through it: turn it on for %1.</source>
        <translation>Aucune passerelle du trunk n’a « Autoriser les appels sortants » activé, donc Vapi ne peut pas passer d’appels par lui : activez-le pour %1.</translation>
    </message>
    <message>
        <source>The numbers are stored with a leading + but &quot;Enable leading plus for outbound calls&quot; is off, so Vapi sends them to Cloudonix without it: turn it on in the trunk.</source>
        <translation>Les numéros sont enregistrés avec un + initial mais « Activer le plus initial pour les appels sortants » est désactivé, donc Vapi les envoie à Cloudonix sans lui : activez-le dans le trunk.</translation>
    </message>
    <message>
        <source>%1 is no longer at Vapi: add it again (the wizard&apos;s Numbers page, or trunkwizard-cli addnumber).</source>
        <translation>%1 n’est plus chez Vapi : ajoutez-le à nouveau (la page « Numéros » de l’assistant, ou trunkwizard-cli addnumber).</translation>
    </message>
    <message>
        <source>%1 is on another Vapi trunk, so its calls do not use %2: apply again to move it, or remove it from the other trunk.</source>
        <translation>%1 est sur un autre trunk Vapi, donc ses appels n’utilisent pas %2 : appliquez à nouveau pour le déplacer, ou retirez-le de l’autre trunk.</translation>
    </message>
    <message>
        <source>%1 has no assistant, so nobody answers its calls: attach one (the dashboard, or trunkwizard-cli addnumber --assistant).</source>
        <translation>%1 n’a pas d’assistant, donc personne ne répond à ses appels : rattachez-en un (le tableau de bord, ou trunkwizard-cli addnumber --assistant).</translation>
    </message>
    <message>
        <source>The assistant attached to %1 no longer exists at Vapi, so nobody answers its calls: attach another.</source>
        <translation>L’assistant rattaché à %1 n’existe plus chez Vapi, donc personne ne répond à ses appels : rattachez-en un autre.</translation>
    </message>
    <message>
        <source>&quot;Allow border-to-border calls&quot; is off on %1, so Cloudonix refuses calls between Vapi and your carriers: turn it on (the wizard&apos;s Cloudonix page, or apply).</source>
        <translation>« Autoriser les appels de frontière à frontière » est désactivé sur %1, donc Cloudonix refuse les appels entre Vapi et vos opérateurs : activez-le (la page Cloudonix de l’assistant, ou apply).</translation>
    </message>
    <message>
        <source>&quot;Redirect unknown destination to border&quot; is off on %1, so Vapi&apos;s calls to numbers outside the domain are not passed on to a carrier: turn it on.</source>
        <translation>« Rediriger les destinations inconnues vers la frontière » est désactivé sur %1, donc les appels de Vapi vers des numéros hors du domaine ne sont pas transmis à un opérateur : activez-le.</translation>
    </message>
    <message>
        <source>%1 has no outbound trunk to a carrier, so Vapi&apos;s outbound calls have nowhere to go after Cloudonix: add one (the wizard&apos;s carrier step, or Cloudonix&apos;s console).</source>
        <translation>%1 n’a pas de trunk sortant vers un opérateur, donc les appels sortants de Vapi n’ont nulle part où aller après Cloudonix : ajoutez-en un (l’étape opérateur de l’assistant, ou la console Cloudonix).</translation>
    </message>
    <message>
        <source>Calls to %1 are not routed to Vapi: Cloudonix has no DNID for it. Apply again with a CXML URL (the wizard&apos;s Routing page).</source>
        <translation>Les appels vers %1 ne sont pas acheminés vers Vapi : Cloudonix n’a pas de DNID pour lui. Appliquez à nouveau avec une URL CXML (la page « Routage » de l’assistant).</translation>
    </message>
    <message>
        <source>The DNID of %1 has no CXML application, so Cloudonix does not know where its calls go: bind it to the application that dials Vapi (the wizard&apos;s Routing page).</source>
        <translation>Le DNID de %1 n’a pas d’application CXML, donc Cloudonix ne sait pas où vont ses appels : rattachez-le à l’application qui compose vers Vapi (la page « Routage » de l’assistant).</translation>
    </message>
</context>
<context>
    <name>tw::TrunkFinder</name>
    <message>
        <source>Vapi has no SIP trunk with the id %1.</source>
        <translation>Vapi n’a aucun trunk SIP avec l’identifiant %1.</translation>
    </message>
    <message>
        <source>The trunk %1 recorded for this domain no longer exists in Vapi.</source>
        <translation>Le trunk %1 enregistré pour ce domaine n’existe plus dans Vapi.</translation>
    </message>
    <message>
        <source>Vapi has %1 SIP trunks that could be the one of %2; nothing was changed. Choose one with --trunk ID (or &quot;trunk&quot;: {&quot;id&quot;: ...} in the desired state):</source>
        <translation>Vapi a %1 trunks SIP qui pourraient être celui de %2 ; rien n’a été modifié. Choisissez-en un avec --trunk ID (ou &quot;trunk&quot;: {&quot;id&quot;: ...} dans l’état voulu) :</translation>
    </message>
    <message numerus="yes">
        <source>  %1  &quot;%2&quot;  gateways %3  %n number(s)</source>
        <translation>
            <numerusform>  %1  « %2 »  passerelles %3  %n numéro</numerusform>
            <numerusform>  %1  « %2 »  passerelles %3  %n numéros</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen by its id</source>
        <translation>choisi par son identifiant</translation>
    </message>
    <message>
        <source>recorded by Trunk Wizard</source>
        <translation>enregistré par Trunk Wizard</translation>
    </message>
    <message>
        <source>found by its gateway on the domain&apos;s inbound SIP host</source>
        <translation>trouvé par sa passerelle sur l’hôte SIP entrant du domaine</translation>
    </message>
    <message>
        <source>found by its gateway on the domain&apos;s inbound address</source>
        <translation>trouvé par sa passerelle sur l’adresse entrante du domaine</translation>
    </message>
    <message>
        <source>found by its name</source>
        <translation>trouvé par son nom</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
</context>
<context>
    <name>tw::TrunkPage</name>
    <message>
        <source>Set up the SIP trunk</source>
        <translation>Configurez le trunk SIP</translation>
    </message>
    <message>
        <source>Vapi sends and receives calls through this trunk; its gateway is your Cloudonix domain&apos;s inbound SIP host.</source>
        <translation>Vapi envoie et reçoit les appels par ce trunk ; sa passerelle est l’hôte SIP entrant de votre domaine Cloudonix.</translation>
    </message>
    <message>
        <source>Allow &amp;inbound calls</source>
        <translation>Autoriser les appels &amp;entrants</translation>
    </message>
    <message>
        <source>Allow &amp;outbound calls</source>
        <translation>Autoriser les appels sortan&amp;ts</translation>
    </message>
    <message>
        <source>Enable o&amp;ptions ping</source>
        <translation>Activer le pin&amp;g OPTIONS</translation>
    </message>
    <message>
        <source>Enable &amp;leading plus for outbound calls</source>
        <translation>Activer le p&amp;lus initial pour les appels sortants</translation>
    </message>
    <message>
        <source>Trunk to use</source>
        <translation>Trunk à utiliser</translation>
    </message>
    <message>
        <source>T&amp;runk name:</source>
        <translation>&amp;Nom du trunk :</translation>
    </message>
    <message>
        <source>&amp;Gateway IP address / FQDN:</source>
        <translation>A&amp;dresse IP / FQDN de la passerelle :</translation>
    </message>
    <message>
        <source>Where Vapi sends calls: your domain&apos;s inbound SIP host, &lt;alias&gt;.sip.cloudonix.net.</source>
        <translation>Où Vapi envoie les appels : l’hôte SIP entrant de votre domaine, &lt;alias&gt;.sip.cloudonix.net.</translation>
    </message>
    <message>
        <source>SIP check:</source>
        <translation>Vérification SIP :</translation>
    </message>
    <message>
        <source>Options ping: Vapi checks every few seconds that the gateway answers SIP.</source>
        <translation>Ping OPTIONS : Vapi vérifie toutes les quelques secondes que la passerelle répond en SIP.</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>A&amp;vancé</translation>
    </message>
    <message>
        <source>Vapi adds the + of E.164 to the numbers it dials: 12127773456 goes out as +12127773456, 442071234567 as +442071234567. Cloudonix expects E.164, so keep it on.</source>
        <translation>Vapi ajoute le + de l’E.164 aux numéros qu’il compose : 12127773456 part en +12127773456, 442071234567 en +442071234567. Cloudonix attend de l’E.164, laissez donc ceci activé.</translation>
    </message>
    <message>
        <source>Split: outbound host gateway, inbound IP gateways</source>
        <translation>Séparé : passerelle sortante par hôte, passerelles entrantes par IP</translation>
    </message>
    <message>
        <source>Single: one gateway for both (older Vapi accounts)</source>
        <translation>Unique : une passerelle pour les deux (anciens comptes Vapi)</translation>
    </message>
    <message>
        <source>Gateway &amp;mode:</source>
        <translation>&amp;Mode de passerelle :</translation>
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
        <translation>TLS avec SRTP</translation>
    </message>
    <message>
        <source>Transpor&amp;t:</source>
        <translation>T&amp;ransport :</translation>
    </message>
    <message>
        <source>&amp;SIP port:</source>
        <translation>P&amp;ort SIP :</translation>
    </message>
    <message>
        <source>How Vapi reaches the gateway; Cloudonix answers on 5060 over UDP.</source>
        <translation>Comment Vapi joint la passerelle ; Cloudonix répond sur 5060 en UDP.</translation>
    </message>
    <message>
        <source>One IPv4 address or range per line, e.g. 203.0.113.10 or 203.0.113.0/24</source>
        <translation>Une adresse IPv4 ou une plage par ligne, par ex. 203.0.113.10 ou 203.0.113.0/24</translation>
    </message>
    <message>
        <source>Inbound IP gate&amp;ways:</source>
        <translation>Passerelles IP entr&amp;antes :</translation>
    </message>
    <message>
        <source>The Cloudonix addresses that send calls to Vapi. Vapi accepts only IP addresses for inbound calls; left empty, they are looked up from the gateway&apos;s host name.</source>
        <translation>Les adresses de Cloudonix qui envoient les appels à Vapi. Vapi n’accepte que des adresses IP pour les appels entrants ; si le champ reste vide, elles sont recherchées à partir du nom d’hôte de la passerelle.</translation>
    </message>
    <message>
        <source>Note: Looked up from %1; check them against Cloudonix&apos;s list.</source>
        <translation>Remarque : recherchées à partir de %1 ; comparez-les avec la liste de Cloudonix.</translation>
    </message>
    <message>
        <source>Note: Vapi already has a trunk for this domain: &quot;%1&quot; (%2). It will be updated in place and keep its numbers; no second trunk is made.</source>
        <translation>Remarque : Vapi a déjà un trunk pour ce domaine : « %1 » (%2). Il sera mis à jour sur place et gardera ses numéros ; aucun second trunk n’est créé.</translation>
    </message>
    <message>
        <source>Note: Vapi has %1 trunks that could be this domain&apos;s. Choose the one to use; the others are left alone.</source>
        <translation>Remarque : Vapi a %1 trunks qui pourraient être celui de ce domaine. Choisissez celui à utiliser ; les autres ne sont pas touchés.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 caractères sur %2</translation>
    </message>
    <message>
        <source>Enter the host Vapi should send calls to.</source>
        <translation>Saisissez l’hôte vers lequel Vapi doit envoyer les appels.</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Ligne %1 (%2) : %3</translation>
    </message>
    <message>
        <source>an IPv4 address is needed</source>
        <translation>une adresse IPv4 est nécessaire</translation>
    </message>
</context>
<context>
    <name>tw::VapiAccountPage</name>
    <message>
        <source>Connect your Vapi organisation</source>
        <translation>Connectez votre organisation Vapi</translation>
    </message>
    <message>
        <source>Trunk Wizard reads your assistants and the SIP trunks you already have; nothing is changed yet.</source>
        <translation>Trunk Wizard lit vos assistants et les trunks SIP que vous avez déjà ; rien n’est encore modifié.</translation>
    </message>
    <message>
        <source>V&amp;erify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Vapi &amp;API key:</source>
        <translation>&amp;Clé API Vapi :</translation>
    </message>
    <message>
        <source>Your private API key from the Vapi dashboard (Organization settings, API keys).</source>
        <translation>Votre clé API privée du tableau de bord Vapi (Organization settings, API keys).</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Détection automatique</translation>
    </message>
    <message>
        <source>United States (api.vapi.ai)</source>
        <translation>États-Unis (api.vapi.ai)</translation>
    </message>
    <message>
        <source>Europe (api.eu.vapi.ai)</source>
        <translation>Europe (api.eu.vapi.ai)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>Checking with Vapi (US and EU)…</source>
        <translation>Vérification auprès de Vapi (États-Unis et UE)…</translation>
    </message>
    <message>
        <source>Checking with Vapi…</source>
        <translation>Vérification auprès de Vapi…</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation>Assistants</translation>
    </message>
    <message>
        <source>SIP trunks</source>
        <translation>Trunks SIP</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
</context>
<context>
    <name>tw::VapiAssistant</name>
    <message>
        <source>Unnamed assistant (%1)</source>
        <translation>Assistant sans nom (%1)</translation>
    </message>
</context>
<context>
    <name>tw::VapiLimits</name>
    <message>
        <source>The name is empty; Vapi needs 1 to %1 characters.</source>
        <translation>Le nom est vide ; Vapi demande de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a control character; names are plain text.</source>
        <translation>Le nom « %1 » contient un caractère de contrôle ; les noms sont du texte simple.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; has %2 characters; Vapi allows at most %3.</source>
        <translation>Le nom « %1 » compte %2 caractères ; Vapi en permet au plus %3.</translation>
    </message>
    <message>
        <source>The netmask /%1 is outside what Vapi accepts (/%2 to /%3).</source>
        <translation>Le masque /%1 est hors de ce que Vapi accepte (/%2 à /%3).</translation>
    </message>
    <message>
        <source>The port %1 is outside %2 to %3.</source>
        <translation>Le port %1 est hors de l’intervalle %2 à %3.</translation>
    </message>
</context>
<context>
    <name>tw::VerifyCloudonixOperation</name>
    <message>
        <source>Checking the Cloudonix API key…</source>
        <translation>Vérification de la clé API Cloudonix…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Reading the trunks of %1…</source>
        <translation>Lecture des trunks de %1…</translation>
    </message>
</context>
<context>
    <name>tw::VerifyVapiOperation</name>
    <message>
        <source>Checking the Vapi API key…</source>
        <translation>Vérification de la clé API Vapi…</translation>
    </message>
</context>
<context>
    <name>tw::WelcomePage</name>
    <message>
        <source>Connect a Cloudonix domain to Vapi</source>
        <translation>Relier un domaine Cloudonix à Vapi</translation>
    </message>
    <message>
        <source>Trunk Wizard sets up a Vapi SIP trunk to your Cloudonix domain, the domain&apos;s routing and your numbers, and checks every step. Nothing is changed until you confirm the plan.</source>
        <translation>Trunk Wizard configure un trunk SIP Vapi vers votre domaine Cloudonix, le routage du domaine et vos numéros, et vérifie chaque étape. Rien n’est modifié avant que vous ne confirmiez le plan.</translation>
    </message>
    <message>
        <source>Continue setting up</source>
        <translation>Reprendre la configuration</translation>
    </message>
    <message>
        <source>Set up a connection</source>
        <translation>Configurer une connexion</translation>
    </message>
    <message>
        <source>Enter your Cloudonix and Vapi keys, then choose the trunk and numbers.</source>
        <translation>Saisissez vos clés Cloudonix et Vapi, puis choisissez le trunk et les numéros.</translation>
    </message>
    <message>
        <source>Import my cx-vcc setup</source>
        <translation>Importer ma configuration cx-vcc</translation>
    </message>
    <message>
        <source>Read ~/.cx-vcc/config.yaml, move its keys into the keychain and continue with its domain.</source>
        <translation>Lire ~/.cx-vcc/config.yaml, déplacer ses clés dans le trousseau et continuer avec son domaine.</translation>
    </message>
    <message>
        <source>Try it in the sandbox</source>
        <translation>Essayer dans le bac à sable</translation>
    </message>
    <message>
        <source>Walk through the whole flow against simulated Cloudonix and Vapi accounts on this computer.</source>
        <translation>Parcourir tout le processus avec des comptes Cloudonix et Vapi simulés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This is the sandbox: the keys and domain are filled in for you, and nothing leaves this computer.</source>
        <translation>Voici le bac à sable : les clés et le domaine sont remplis pour vous, et rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Continue setting up %1</source>
        <translation>Reprendre la configuration de %1</translation>
    </message>
    <message>
        <source>Left on %1. What you entered is kept; your keys come from the keychain.</source>
        <translation>Arrêté à %1. Ce que vous avez saisi est conservé ; vos clés viennent du trousseau.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n domain(s) and their keys from cx-vcc.</source>
        <translation>
            <numerusform>%n domaine importé de cx-vcc avec ses clés.</numerusform>
            <numerusform>%n domaines importés de cx-vcc avec leurs clés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::WizardPageBase</name>
    <message>
        <source>The key works but could not be kept in the keychain; you will be asked for it again next time.</source>
        <translation>La clé fonctionne mais n’a pas pu être conservée dans le trousseau ; elle vous sera redemandée la prochaine fois.</translation>
    </message>
</context>
</TS>
