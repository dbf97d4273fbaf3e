<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <translation>No hay ninguna clave de Cloudonix de %1 en el llavero.</translation>
    </message>
    <message>
        <source>No Vapi key for the %1 region is in the keychain.</source>
        <translation>No hay ninguna clave de Vapi para la región %1 en el llavero.</translation>
    </message>
</context>
<context>
    <name>tw::ActivityLogModel</name>
    <message>
        <source>%1 (try %2)</source>
        <translation>%1 (intento %2)</translation>
    </message>
    <message>
        <source>%1 ms (waited %2 s)</source>
        <translation>%1 ms (esperó %2 s)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>tw::ActivityView</name>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>Filter by system, method, path or result…</source>
        <translation>Filtrar por sistema, método, ruta o resultado…</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Filtrar solicitudes</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>API requests</source>
        <translation>Solicitudes a la API</translation>
    </message>
</context>
<context>
    <name>tw::ApiError</name>
    <message>
        <source>Cloudonix did not accept the API key; copy a valid key from Cloudonix Cockpit and enter it again.</source>
        <translation>Cloudonix no aceptó la clave de API; copie una clave válida de Cloudonix Cockpit y vuelva a introducirla.</translation>
    </message>
    <message>
        <source>Vapi did not accept the API key; use the private key from the Vapi dashboard (not the public key) and enter it again.</source>
        <translation>Vapi no aceptó la clave de API; use la clave privada del panel de Vapi (no la pública) y vuelva a introducirla.</translation>
    </message>
    <message>
        <source>Cloudonix refused this request for the key in use; use a key of the customer account that owns the domain.</source>
        <translation>Cloudonix rechazó esta solicitud para la clave usada; use una clave de la cuenta de cliente a la que pertenece el dominio.</translation>
    </message>
    <message>
        <source>Vapi refused this request for the key in use; check that the key belongs to the right Vapi organisation.</source>
        <translation>Vapi rechazó esta solicitud para la clave usada; compruebe que la clave pertenece a la organización de Vapi correcta.</translation>
    </message>
    <message>
        <source>Cloudonix could not find what was asked for; check the domain name and that it belongs to this account.</source>
        <translation>Cloudonix no encontró lo que se pidió; compruebe el nombre del dominio y que pertenece a esta cuenta.</translation>
    </message>
    <message>
        <source>Vapi could not find what was asked for; it may have been deleted in the Vapi dashboard, so refresh the status.</source>
        <translation>Vapi no encontró lo que se pidió; puede que se haya eliminado en el panel de Vapi, así que actualice el estado.</translation>
    </message>
    <message>
        <source>%1 rejected the request as invalid; check the values and try again.</source>
        <translation>%1 rechazó la solicitud por no válida; compruebe los valores e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 rejected the request: %2. Correct the value and try again.</source>
        <translation>%1 rechazó la solicitud: %2. Corrija el valor e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 reported a conflict with something that already exists; refresh the status and try again.</source>
        <translation>%1 informó de un conflicto con algo que ya existe; actualice el estado e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is limiting how fast requests may be sent; wait a minute and try again.</source>
        <translation>%1 está limitando la velocidad de las solicitudes; espere un minuto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 had an internal problem (HTTP %2); try again in a few minutes, and contact %1 support if it persists.</source>
        <translation>%1 tuvo un problema interno (HTTP %2); inténtelo de nuevo en unos minutos y contacte con el soporte de %1 si persiste.</translation>
    </message>
    <message>
        <source>%1 did not answer in time; check the internet connection and try again.</source>
        <translation>%1 no respondió a tiempo; compruebe la conexión a internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Trunk Wizard could not reach %1; check the internet connection, proxy and firewall, then try again.</source>
        <translation>Trunk Wizard no pudo contactar con %1; compruebe la conexión a internet, el proxy y el cortafuegos, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Trunk Wizard could not open a secure connection to %1: the server at that address does not answer as an HTTPS server. Check the address (an http:// server or a proxy port?). Nothing was sent.</source>
        <translation>Trunk Wizard no pudo abrir una conexión segura con %1: el servidor de esa dirección no responde como servidor HTTPS. Compruebe la dirección (¿un servidor http:// o un puerto de proxy?). No se envió nada.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed a certificate check; check the computer&apos;s date and any proxy that inspects HTTPS. Nothing was sent.</source>
        <translation>La conexión segura con %1 no superó la comprobación del certificado; compruebe la fecha del equipo y cualquier proxy que inspeccione HTTPS. No se envió nada.</translation>
    </message>
    <message>
        <source>%1 sent an answer Trunk Wizard could not read; try again, and send the details to support if it persists.</source>
        <translation>%1 envió una respuesta que Trunk Wizard no pudo leer; inténtelo de nuevo y envíe los detalles al soporte si persiste.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>La solicitud a %1 se canceló.</translation>
    </message>
    <message>
        <source>The %1 address is not a secure https address; use https (plain http is only allowed for this computer&apos;s own loopback sandbox).</source>
        <translation>La dirección de %1 no es una dirección https segura; use https (http simple solo se permite para el entorno de pruebas local de este equipo).</translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation>La solicitud a %1 falló.</translation>
    </message>
</context>
<context>
    <name>tw::ApplyOperation</name>
    <message>
        <source>About %1 s left</source>
        <translation>Quedan unos %1 s</translation>
    </message>
</context>
<context>
    <name>tw::ApplyPage</name>
    <message>
        <source>Applying the changes</source>
        <translation>Aplicando los cambios</translation>
    </message>
    <message>
        <source>Each step is checked and recorded as it completes. You can cancel at any time.</source>
        <translation>Cada paso se comprueba y se registra al terminar. Puede cancelar en cualquier momento.</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Cancelar la ejecución</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>R&amp;oll back</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation>Pasos de la ejecución</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Cancelar la ejecución</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Cancelling: the requests under way finish, then what this run made is taken back…</source>
        <translation>Cancelando: las solicitudes en curso terminan y luego se deshace lo que hizo esta ejecución…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En curso…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>%1 (about %2 s)</source>
        <translation>%1 (unos %2 s)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n change(s) this run made are still in place.</source>
        <translation>
            <numerusform>Detenido. %n cambio hecho por esta ejecución sigue en su sitio.</numerusform>
            <numerusform>Detenido. %n cambios hechos por esta ejecución siguen en su sitio.</numerusform>
        </translation>
    </message>
    <message>
        <source>A step failed.</source>
        <translation>Un paso falló.</translation>
    </message>
    <message>
        <source>%1 Roll back removes what this run made; Retry keeps it and runs again.</source>
        <translation>%1 «Deshacer» elimina lo que hizo esta ejecución; «Reintentar» lo conserva y vuelve a ejecutar.</translation>
    </message>
    <message numerus="yes">
        <source>Taking back the %n change(s) this run made…</source>
        <translation>
            <numerusform>Deshaciendo %n cambio hecho por esta ejecución…</numerusform>
            <numerusform>Deshaciendo %n cambios hechos por esta ejecución…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Reading Cloudonix and Vapi again…</source>
        <translation>Leyendo de nuevo Cloudonix y Vapi…</translation>
    </message>
    <message>
        <source>The plan cannot be applied as it is.</source>
        <translation>El plan no se puede aplicar tal como está.</translation>
    </message>
</context>
<context>
    <name>tw::ApplyResult</name>
    <message>
        <source>Everything was already as wanted; nothing was changed.</source>
        <translation>Todo estaba ya como se quería; no se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n change(s) made.</source>
        <translation>
            <numerusform>Hecho: %n cambio realizado.</numerusform>
            <numerusform>Hecho: %n cambios realizados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The apply was cancelled.</source>
        <translation>La aplicación se canceló.</translation>
    </message>
    <message>
        <source>%1 (step: %2)</source>
        <translation>%1 (paso: %2)</translation>
    </message>
    <message>
        <source>The apply failed at: %1.</source>
        <translation>La aplicación falló en: %1.</translation>
    </message>
    <message>
        <source>What this run had created was removed again.</source>
        <translation>Lo que había creado esta ejecución se volvió a eliminar.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made before the failure stay in place; run the apply again to finish.</source>
        <translation>
            <numerusform>%n cambio hecho antes del fallo sigue en su sitio; aplique de nuevo para terminar.</numerusform>
            <numerusform>%n cambios hechos antes del fallo siguen en su sitio; aplique de nuevo para terminar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some things could not be removed: %1</source>
        <translation>Algunas cosas no se pudieron eliminar: %1</translation>
    </message>
</context>
<context>
    <name>tw::AssistantPicker</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>tw::AssistantResolver</name>
    <message>
        <source> (for %1)</source>
        <translation> (para %1)</translation>
    </message>
    <message>
        <source>No Vapi assistant is named &quot;%1&quot;%2; check the name or use the assistant&apos;s id.</source>
        <translation>Ningún asistente de Vapi se llama «%1»%2; compruebe el nombre o use el id del asistente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 Vapi assistants (%3)%4; use the id of the one you mean.</source>
        <translation>«%1» coincide con %2 asistentes de Vapi (%3)%4; use el id del que quiere.</translation>
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
        <translation>no existe</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>larger than %1</source>
        <translation>mayor que %1</translation>
    </message>
</context>
<context>
    <name>tw::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
</context>
<context>
    <name>tw::CaBundle</name>
    <message>
        <source>The CA certificate file %1 cannot be read (%2).</source>
        <translation>No se puede leer el archivo de certificado de CA %1 (%2).</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate; give the CA certificate of your HTTPS proxy, in PEM or DER form.</source>
        <translation>El archivo %1 no contiene ningún certificado; indique el certificado de CA de su proxy HTTPS, en formato PEM o DER.</translation>
    </message>
</context>
<context>
    <name>tw::CliAccountCommands</name>
    <message>
        <source>configure needs --domain and --apikey (use --apikey - to read the key from standard input).</source>
        <translation>configure necesita --domain y --apikey (use --apikey - para leer la clave de la entrada estándar).</translation>
    </message>
    <message>
        <source>%1 domain %2; the key is in the keychain.</source>
        <translation>%1 dominio %2; la clave está en el llavero.</translation>
    </message>
    <message>
        <source>Cloudonix shows no inbound SIP host for it (no auto alias); give the trunk&apos;s gateway by hand.</source>
        <translation>Cloudonix no muestra ningún host SIP de entrada para él (sin alias automático); indique la pasarela del troncal a mano.</translation>
    </message>
    <message>
        <source>Inbound SIP host: %1</source>
        <translation>Host SIP de entrada: %1</translation>
    </message>
    <message>
        <source>Only --provider vapi is supported.</source>
        <translation>Solo se admite --provider vapi.</translation>
    </message>
    <message>
        <source>To create or reuse the domain&apos;s trunk, give --domain too.</source>
        <translation>Para crear o reutilizar el troncal del dominio, indique también --domain.</translation>
    </message>
    <message>
        <source>The Vapi key works and is in the keychain.</source>
        <translation>La clave de Vapi funciona y está en el llavero.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n domain(s) from %1, with %2.</source>
        <translation>
            <numerusform>Importado %n dominio de %1, con %2.</numerusform>
            <numerusform>Importados %n dominios de %1, con %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n número</numerusform>
            <numerusform>%n números</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored the key for %1 in the keychain.</source>
        <translation>La clave de %1 se guardó en el llavero.</translation>
    </message>
    <message>
        <source>delete needs --domain.</source>
        <translation>delete necesita --domain.</translation>
    </message>
    <message>
        <source>%1 is not configured.</source>
        <translation>%1 no está configurado.</translation>
    </message>
    <message>
        <source>Note: the Cloudonix key of %1 could not be removed from the keychain: %2</source>
        <translation>Nota: la clave de Cloudonix de %1 no se pudo quitar del llavero: %2</translation>
    </message>
    <message>
        <source>%1 is forgotten, and its key removed from the keychain.</source>
        <translation>%1 se ha olvidado y su clave se ha quitado del llavero.</translation>
    </message>
</context>
<context>
    <name>tw::CliArguments</name>
    <message>
        <source>Unknown option %1; see trunkwizard-cli help.</source>
        <translation>Opción desconocida %1; consulte trunkwizard-cli help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see trunkwizard-cli help.</source>
        <translation>Argumento inesperado «%1»; consulte trunkwizard-cli help.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 necesita un valor.</translation>
    </message>
    <message>
        <source>Unknown option --%1; see trunkwizard-cli help.</source>
        <translation>Opción desconocida --%1; consulte trunkwizard-cli help.</translation>
    </message>
</context>
<context>
    <name>tw::CliCommand</name>
    <message>
        <source>%1 is not configured yet; run trunkwizard-cli configure --domain %1 --apikey - first.</source>
        <translation>%1 aún no está configurado; ejecute primero trunkwizard-cli configure --domain %1 --apikey -.</translation>
    </message>
    <message>
        <source>run trunkwizard-cli configure --domain %1 --apikey -</source>
        <translation>ejecute trunkwizard-cli configure --domain %1 --apikey -</translation>
    </message>
    <message>
        <source>run trunkwizard-cli service --provider vapi --apikey -</source>
        <translation>ejecute trunkwizard-cli service --provider vapi --apikey -</translation>
    </message>
    <message>
        <source>This changes Cloudonix or Vapi and there is no terminal to ask on; run again with --yes after reading the plan.</source>
        <translation>Esto cambia Cloudonix o Vapi y no hay terminal donde preguntar; lea el plan y vuelva a ejecutar con --yes.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Make these %n change(s)?</source>
        <translation>
            <numerusform>¿Hacer este cambio?</numerusform>
            <numerusform>¿Hacer estos %n cambios?</numerusform>
        </translation>
    </message>
    <message>
        <source>done:</source>
        <translation>hecho:</translation>
    </message>
    <message>
        <source>failed:</source>
        <translation>falló:</translation>
    </message>
    <message numerus="yes">
        <source>Taking back the %n change(s) this run made…</source>
        <translation>
            <numerusform>Deshaciendo %n cambio hecho por esta ejecución…</numerusform>
            <numerusform>Deshaciendo %n cambios hechos por esta ejecución…</numerusform>
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
        <translation>Uso: trunkwizard-cli ORDEN [opciones]   (las opciones globales pueden ir en cualquier sitio)

Compatibles con cx-vcc:
  configure --domain D --apikey K          comprobar una clave y un dominio de Cloudonix; guardar la clave en el llavero
  service --provider vapi --apikey K [--domain D [--name N] [--inbound-ip IP[/MÁSCARA]]...]
                                           guardar la clave de Vapi; con --domain, crear o reutilizar el troncal
                                           del dominio (nombre por defecto «Cloudonix D»; pasarela de salida
                                           por host + pasarelas de entrada por IP)
  addnumber --domain D --provider vapi --number N [--number N...] [--file numbers.csv]
            [--assistant ID_O_NOMBRE] [--mode trunk|sip-uri] [--number-region CC]
                                           (CC: el país de los números escritos sin + inicial)
  display [--domain D] [--remote]          lo guardado (y, con --remote, lo que hay en vivo)
  sync [--domain D] [--trunk ID]           registrar el troncal y los números del dominio tal como los tiene Vapi
                                           (sin cambios remotos)
  delete --domain D [--remote]             olvidar un dominio; con --remote, quitar antes su troncal y números
Más:
  plan --file STATE.json                   mostrar qué cambiaría un apply
  (--trunk ID en service, addnumber, plan, apply y sync: usar este troncal de Vapi cuando varios podrían
   ser del dominio)
  apply --file STATE.json [--no-rollback]  llevarlo a cabo
  status --domain D                        estado en vivo y desviaciones respecto a lo aplicado
  test-call --domain D --from NÚMERO_O_ID --to NÚMERO --assistant ID_O_NOMBRE [--wait SEGUNDOS]
  teardown --domain D [--restore-cloudonix] quitar los números y luego el troncal (y restaurar los ajustes del dominio)
  probe --domain D [--timeout SEGUNDOS]    ¿responden por SIP las pasarelas del troncal? (OPTIONS a cada dirección)
  doctor --domain D [--timeout SEGUNDOS]   qué está mal configurado, cada cosa con su arreglo (salida 0: nada)
  import-cxvcc [--file RUTA]               importar ~/.cx-vcc/config.yaml; sus claves pasan al llavero
  report --domain D|--all --format json|html|pdf|csv|md --output ARCHIVO|-
                                           un informe de configuración (claves solo como huellas)
  glossary [--term CLAVE]                  troncal SIP, pasarela, ping de OPTIONS, más inicial... en palabras sencillas

Opciones globales: --config-dir CARPETA, --cloudonix-url URL, --vapi-url URL, --region us|eu, --json, --verbose,
  --sandbox (Cloudonix y Vapi simulados en este equipo), --yes (sin pregunta de confirmación),
  --ca-file ARCHIVO (certificados de CA, PEM o DER, de confianza además de los del sistema: un proxy que inspecciona TLS),
  --lang en|de|es|fr|he (el idioma de los mensajes; por defecto: el de los ajustes, si no el del sistema),
  --help, --version.
Claves: --apikey K (se ve en la lista de procesos) o --apikey - (leída de la entrada estándar) prevalecen sobre
  TRUNKWIZARD_CLOUDONIX_KEY / TRUNKWIZARD_VAPI_KEY, que prevalecen sobre el llavero.
Códigos de salida: 0 éxito, 1 un sistema remoto rechazó u otro fallo, 2 entrada o uso no válidos,
  3 autenticación fallida, 4 red inalcanzable, tiempo agotado o fallo de TLS, 5 llavero no disponible.
</translation>
    </message>
    <message>
        <source>--lang must be one of %1.</source>
        <translation>--lang debe ser uno de %1.</translation>
    </message>
    <message>
        <source>--region must be us or eu.</source>
        <translation>--region debe ser us o eu.</translation>
    </message>
    <message>
        <source>Unknown command %1; see trunkwizard-cli help.</source>
        <translation>Orden desconocida %1; consulte trunkwizard-cli help.</translation>
    </message>
    <message>
        <source>Sandbox: nothing is sent to Cloudonix or Vapi (simulated at %1).</source>
        <translation>Entorno de pruebas: no se envía nada a Cloudonix ni a Vapi (simulado en %1).</translation>
    </message>
</context>
<context>
    <name>tw::CliDiagnosticCommands</name>
    <message>
        <source>probe needs --domain.</source>
        <translation>probe necesita --domain.</translation>
    </message>
    <message>
        <source>No Vapi trunk is recorded for %1 (or no Vapi key is at hand): the domain&apos;s inbound SIP host was checked instead.</source>
        <translation>No hay ningún troncal de Vapi registrado para %1 (o no hay clave de Vapi a mano): se comprobó en su lugar el host SIP de entrada del dominio.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 300.</source>
        <translation>--timeout admite un número de segundos de 1 a 300.</translation>
    </message>
    <message>
        <source>doctor needs --domain.</source>
        <translation>doctor necesita --domain.</translation>
    </message>
</context>
<context>
    <name>tw::CliDomainView</name>
    <message>
        <source>  Inbound SIP host: %1</source>
        <translation>  Host SIP de entrada: %1</translation>
    </message>
    <message>
        <source>  Vapi trunk: none found</source>
        <translation>  Troncal de Vapi: no se encontró</translation>
    </message>
    <message>
        <source>  Vapi trunk: %1 %2</source>
        <translation>  Troncal de Vapi: %1 %2</translation>
    </message>
    <message>
        <source>    gateway %1/%2 inbound %3, outbound %4, options ping %5</source>
        <translation>    pasarela %1/%2 entrada %3, salida %4, ping de OPTIONS %5</translation>
    </message>
    <message>
        <source>no assistant</source>
        <translation>sin asistente</translation>
    </message>
    <message>
        <source>  Cloudonix: allow border-to-border %1, redirect unknown to border %2</source>
        <translation>  Cloudonix: permitir llamadas de frontera a frontera %1, redirigir destinos desconocidos a la frontera %2</translation>
    </message>
    <message>
        <source>    outbound trunk &quot;%1&quot;: %2</source>
        <translation>    troncal de salida «%1»: %2</translation>
    </message>
    <message>
        <source>  Drift:</source>
        <translation>  Desviaciones:</translation>
    </message>
    <message>
        <source>  No drift: everything is as last applied.</source>
        <translation>  Sin desviaciones: todo está como se aplicó por última vez.</translation>
    </message>
    <message>
        <source>  Nothing applied with Trunk Wizard yet, so no drift to show.</source>
        <translation>  Aún no se ha aplicado nada con Trunk Wizard, así que no hay desviaciones que mostrar.</translation>
    </message>
    <message>
        <source>  Vapi trunk: %1</source>
        <translation>  Troncal de Vapi: %1</translation>
    </message>
    <message>
        <source> (Vapi id %1)</source>
        <translation> (id de Vapi %1)</translation>
    </message>
    <message>
        <source>Add the carrier&apos;s trunk: cloudonix.carrierTrunks in the desired state.</source>
        <translation>Añada la troncal del operador: cloudonix.carrierTrunks en el estado deseado.</translation>
    </message>
</context>
<context>
    <name>tw::CliKeys</name>
    <message>
        <source>The %1 API key is empty.</source>
        <translation>La clave de API de %1 está vacía.</translation>
    </message>
    <message>
        <source>No %1 key is stored; %2 or set %3.</source>
        <translation>No hay ninguna clave de %1 guardada; %2 o defina %3.</translation>
    </message>
    <message>
        <source> Nothing was saved.</source>
        <translation> No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>tw::CliNumberCommands</name>
    <message>
        <source>addnumber needs --domain.</source>
        <translation>addnumber necesita --domain.</translation>
    </message>
    <message>
        <source>Only --provider vapi is supported.</source>
        <translation>Solo se admite --provider vapi.</translation>
    </message>
    <message>
        <source>--mode must be trunk or sip-uri.</source>
        <translation>--mode debe ser trunk o sip-uri.</translation>
    </message>
    <message>
        <source>The numbers file %1 cannot be read (%2); give a CSV or text file with one number per line.</source>
        <translation>No se puede leer el archivo de números %1 (%2); indique un archivo CSV o de texto con un número por línea.</translation>
    </message>
    <message>
        <source>addnumber needs --number (repeatable) or --file numbers.csv.</source>
        <translation>addnumber necesita --number (se puede repetir) o --file numbers.csv.</translation>
    </message>
    <message>
        <source>%1: Vapi id %2</source>
        <translation>%1: id de Vapi %2</translation>
    </message>
    <message>
        <source>%1 is not configured.</source>
        <translation>%1 no está configurado.</translation>
    </message>
    <message>
        <source>Everything stored matches Vapi.</source>
        <translation>Todo lo guardado coincide con Vapi.</translation>
    </message>
    <message>
        <source>test-call needs --domain, --from, --to and --assistant.</source>
        <translation>test-call necesita --domain, --from, --to y --assistant.</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds.</source>
        <translation>--wait admite un número de segundos.</translation>
    </message>
    <message>
        <source>Call status: %1</source>
        <translation>Estado de la llamada: %1</translation>
    </message>
</context>
<context>
    <name>tw::CliStateCommands</name>
    <message>
        <source>%1 needs --file STATE.json.</source>
        <translation>%1 necesita --file STATE.json.</translation>
    </message>
    <message>
        <source>The desired state file %1 is larger than 16 MB, far more than any real state (10,000 numbers take about 1 MB); check that it is the right file.</source>
        <translation>El archivo de estado deseado %1 ocupa más de 16 MB, mucho más que cualquier estado real (10.000 números ocupan aproximadamente 1 MB); compruebe que es el archivo correcto.</translation>
    </message>
    <message>
        <source>The desired state file %1 cannot be read (%2).</source>
        <translation>No se puede leer el archivo de estado deseado %1 (%2).</translation>
    </message>
    <message>
        <source>The desired state file %1 is not a JSON object (%2 at offset %3).</source>
        <translation>El archivo de estado deseado %1 no es un objeto JSON (%2 en la posición %3).</translation>
    </message>
    <message>
        <source>The desired state file %1 gives &quot;%2&quot; twice; keep the one you mean.</source>
        <translation>El archivo de estado deseado %1 indica «%2» dos veces; deje la que quiere.</translation>
    </message>
    <message>
        <source>teardown needs --domain.</source>
        <translation>teardown necesita --domain.</translation>
    </message>
</context>
<context>
    <name>tw::CliViewCommands</name>
    <message>
        <source>%1 is not configured; run trunkwizard-cli configure first.</source>
        <translation>%1 no está configurado; ejecute primero trunkwizard-cli configure.</translation>
    </message>
    <message>
        <source>No domain is configured yet.</source>
        <translation>Aún no hay ningún dominio configurado.</translation>
    </message>
    <message>
        <source>report needs --domain D or --all, --format json|html|pdf|csv|md and --output FILE (- for standard output, except for pdf).</source>
        <translation>report necesita --domain D o --all, --format json|html|pdf|csv|md y --output ARCHIVO (- para la salida estándar, salvo en pdf).</translation>
    </message>
    <message>
        <source>%1 is not configured.</source>
        <translation>%1 no está configurado.</translation>
    </message>
    <message>
        <source>Report %1 written to %2.</source>
        <translation>Informe %1 escrito en %2.</translation>
    </message>
    <message>
        <source>The report could not be written to %1 (%2).</source>
        <translation>No se pudo escribir el informe en %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Report %1 written to %2 (%n domain(s)).</source>
        <translation>
            <numerusform>Informe %1 escrito en %2 (%n dominio).</numerusform>
            <numerusform>Informe %1 escrito en %2 (%n dominios).</numerusform>
        </translation>
    </message>
    <message>
        <source>status needs --domain.</source>
        <translation>status necesita --domain.</translation>
    </message>
    <message>
        <source>There is no term %1; the glossary has %2.</source>
        <translation>No existe el término %1; el glosario tiene %2.</translation>
    </message>
</context>
<context>
    <name>tw::CloudonixAccountPage</name>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Connect your Cloudonix domain</source>
        <translation>Conecte su dominio de Cloudonix</translation>
    </message>
    <message>
        <source>Trunk Wizard reads the domain&apos;s inbound SIP address from Cloudonix; nothing is changed yet.</source>
        <translation>Trunk Wizard lee en Cloudonix la dirección SIP de entrada del dominio; todavía no se cambia nada.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>acme.cloudonix.net</source>
        <translation>acme.cloudonix.net</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <source>The Cloudonix domain&apos;s name, as the Cloudonix cockpit shows it.</source>
        <translation>El nombre del dominio de Cloudonix, tal como lo muestra Cloudonix Cockpit.</translation>
    </message>
    <message>
        <source>Cloudonix &amp;API key:</source>
        <translation>&amp;Clave de API de Cloudonix:</translation>
    </message>
    <message>
        <source>A customer key or this domain&apos;s key. It is kept in your system keychain only.</source>
        <translation>Una clave de cliente o la clave de este dominio. Solo se guarda en el llavero de su sistema.</translation>
    </message>
    <message>
        <source>Checking with Cloudonix…</source>
        <translation>Comprobando con Cloudonix…</translation>
    </message>
    <message>
        <source>Inbound SIP host</source>
        <translation>Host SIP de entrada</translation>
    </message>
    <message>
        <source>none: the domain has no auto alias</source>
        <translation>ninguno: el dominio no tiene alias automático</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Allow border-to-border calls</source>
        <translation>Permitir llamadas de frontera a frontera</translation>
    </message>
    <message>
        <source>Redirect unknown destination to border</source>
        <translation>Redirigir destinos desconocidos a la frontera</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>this domain&apos;s key</source>
        <translation>clave de este dominio</translation>
    </message>
    <message>
        <source>customer key</source>
        <translation>clave de cliente</translation>
    </message>
</context>
<context>
    <name>tw::ConfigStore</name>
    <message>
        <source>The settings folder %1 belongs to another user; Trunk Wizard uses only a folder of your own. Choose another one (TRUNKWIZARD_CONFIG_DIR or --config-dir).</source>
        <translation>La carpeta de ajustes %1 pertenece a otro usuario; Trunk Wizard solo usa una carpeta propia. Elija otra (TRUNKWIZARD_CONFIG_DIR o --config-dir).</translation>
    </message>
    <message>
        <source>The settings folder %1 is open to other users and its permissions could not be tightened; make it private (chmod 700) and try again.</source>
        <translation>La carpeta de ajustes %1 está abierta a otros usuarios y no se pudieron restringir sus permisos; hágala privada (chmod 700) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The settings folder %1 was open to other users; it is now private to you.</source>
        <translation>La carpeta de ajustes %1 estaba abierta a otros usuarios; ahora es privada para usted.</translation>
    </message>
    <message>
        <source>The settings file %1 is larger than 64 MB, far more than Trunk Wizard ever writes; move it away and start again. It was not changed.</source>
        <translation>El archivo de ajustes %1 ocupa más de 64 MB, mucho más de lo que Trunk Wizard escribe nunca; muévalo a otro sitio y vuelva a empezar. No se modificó.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read (%2); fix its permissions and start again. It was not changed.</source>
        <translation>No se puede leer el archivo de ajustes %1 (%2); corrija sus permisos y vuelva a empezar. No se modificó.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be set aside; move it away by hand and start again.</source>
        <translation>El archivo de ajustes %1 está dañado y no se pudo apartar; muévalo a mano y vuelva a empezar.</translation>
    </message>
    <message>
        <source>The settings file was damaged, so Trunk Wizard kept it as %1 and started with empty settings; your records and your API keys in the keychain are untouched.</source>
        <translation>El archivo de ajustes estaba dañado, así que Trunk Wizard lo guardó como %1 y empezó con ajustes vacíos; sus registros y sus claves de API del llavero están intactos.</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer Trunk Wizard (format %2; this version reads up to %3); update Trunk Wizard. The file was left unchanged.</source>
        <translation>El archivo de ajustes %1 lo escribió un Trunk Wizard más reciente (formato %2; esta versión lee hasta %3); actualice Trunk Wizard. El archivo no se modificó.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be copied before its upgrade; check the disk, then start again.</source>
        <translation>No se pudo copiar el archivo de ajustes %1 antes de actualizarlo; compruebe el disco y vuelva a empezar.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written (%2); check the disk and its permissions.</source>
        <translation>No se pudo escribir el archivo de ajustes %1 (%2); compruebe el disco y sus permisos.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be saved (%2); the previous version is intact. Free some disk space or check the folder&apos;s permissions, then try again.</source>
        <translation>No se pudo guardar el archivo de ajustes %1 (%2); la versión anterior está intacta. Libere espacio en disco o compruebe los permisos de la carpeta, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be saved (%2); the previous version is intact.</source>
        <translation>No se pudo guardar el archivo de ajustes %1 (%2); la versión anterior está intacta.</translation>
    </message>
    <message>
        <source>The settings folder %1 could not be created; check that the disk is writable.</source>
        <translation>No se pudo crear la carpeta de ajustes %1; compruebe que se puede escribir en el disco.</translation>
    </message>
</context>
<context>
    <name>tw::CoreContext</name>
    <message>
        <source>Cloudonix address: %1</source>
        <translation>Dirección de Cloudonix: %1</translation>
    </message>
    <message>
        <source>Vapi address: %1</source>
        <translation>Dirección de Vapi: %1</translation>
    </message>
</context>
<context>
    <name>tw::CxVccImporter</name>
    <message>
        <source>No cx-vcc configuration was found at %1; give the path of its config.yaml.</source>
        <translation>No se encontró ninguna configuración de cx-vcc en %1; indique la ruta de su config.yaml.</translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 is larger than 4 MB, far more than any cx-vcc configuration; check that it is the right file. Nothing was imported.</source>
        <translation>La configuración de cx-vcc %1 ocupa más de 4 MB, mucho más que cualquier configuración de cx-vcc; compruebe que es el archivo correcto. No se importó nada.</translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 cannot be read (%2).</source>
        <translation>No se puede leer la configuración de cx-vcc %1 (%2).</translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 is not valid YAML (line %2, column %3); nothing was imported.</source>
        <translation>La configuración de cx-vcc %1 no es YAML válido (línea %2, columna %3); no se importó nada.</translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 does not have the expected layout; nothing was imported.</source>
        <translation>La configuración de cx-vcc %1 no tiene la estructura esperada; no se importó nada.</translation>
    </message>
    <message>
        <source>An entry without a usable domain name was skipped.</source>
        <translation>Se omitió una entrada sin un nombre de dominio utilizable.</translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 has an unexpected entry (line %2); nothing was imported.</source>
        <translation>La configuración de cx-vcc %1 tiene una entrada inesperada (línea %2); no se importó nada.</translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 holds no domain and no Vapi key; nothing was imported.</source>
        <translation>La configuración de cx-vcc %1 no contiene ningún dominio ni clave de Vapi; no se importó nada.</translation>
    </message>
    <message>
        <source>%1: cx-vcc names trunk %2 but Trunk Wizard already manages trunk %3; kept %3.</source>
        <translation>%1: cx-vcc nombra el troncal %2, pero Trunk Wizard ya gestiona el troncal %3; se conservó %3.</translation>
    </message>
    <message>
        <source>%1: number %2 was skipped: %3</source>
        <translation>%1: se omitió el número %2: %3</translation>
    </message>
    <message>
        <source>%1: cx-vcc stored no Cloudonix key; enter it when you first use the domain.</source>
        <translation>%1: cx-vcc no guardó ninguna clave de Cloudonix; introdúzcala cuando use el dominio por primera vez.</translation>
    </message>
    <message>
        <source>%1 still holds the API keys in plain text; delete the file (or its apiKey lines) once you no longer use cx-vcc. Trunk Wizard did not change it.</source>
        <translation>%1 todavía guarda las claves de API en texto plano; borre el archivo (o sus líneas apiKey) cuando ya no use cx-vcc. Trunk Wizard no lo modificó.</translation>
    </message>
    <message>
        <source>No keychain is available, so nothing was imported.</source>
        <translation>No hay ningún llavero disponible, así que no se importó nada.</translation>
    </message>
    <message>
        <source>The key for %1 could not be stored in the keychain, so nothing was imported: %2</source>
        <translation>No se pudo guardar la clave de %1 en el llavero, así que no se importó nada: %2</translation>
    </message>
</context>
<context>
    <name>tw::DashboardView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Edit in the wizard…</source>
        <translation>&amp;Editar en el asistente…</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>Co&amp;rregir…</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>Ace&amp;ptar</translation>
    </message>
    <message>
        <source>Fix a&amp;ll…</source>
        <translation>Corregir t&amp;odo…</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Aceptar todo</translation>
    </message>
    <message>
        <source>&amp;Tear down…</source>
        <translation>&amp;Desmontar…</translation>
    </message>
    <message>
        <source>Re&amp;port…</source>
        <translation>&amp;Informe…</translation>
    </message>
    <message>
        <source>A&amp;dd numbers…</source>
        <translation>Añadir &amp;números…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Edit in the wizard…</source>
        <translation>Editar en el asistente…</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <source>Put the selected finding back as Trunk Wizard last applied it (shows the change first)</source>
        <translation>Devolver el hallazgo seleccionado a como Trunk Wizard lo aplicó por última vez (muestra antes el cambio)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Keep the selected finding as it is now: it becomes what is wanted</source>
        <translation>Dejar el hallazgo seleccionado como está ahora: pasa a ser lo deseado</translation>
    </message>
    <message>
        <source>Fix all…</source>
        <translation>Corregir todo…</translation>
    </message>
    <message>
        <source>Apply again everything Trunk Wizard last applied (shows the changes first)</source>
        <translation>Aplicar de nuevo todo lo que Trunk Wizard aplicó por última vez (muestra antes los cambios)</translation>
    </message>
    <message>
        <source>Make what Cloudonix and Vapi hold now the wanted state</source>
        <translation>Hacer de lo que tienen ahora Cloudonix y Vapi el estado deseado</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <source>Numbers of the domain</source>
        <translation>Números del dominio</translation>
    </message>
    <message>
        <source>Filter numbers, ids, assistants…</source>
        <translation>Filtrar números, ids, asistentes…</translation>
    </message>
    <message>
        <source>Filter numbers</source>
        <translation>Filtrar números</translation>
    </message>
    <message>
        <source>What needs a look</source>
        <translation>Lo que requiere atención</translation>
    </message>
    <message>
        <source>Test call…</source>
        <translation>Llamada de prueba…</translation>
    </message>
    <message>
        <source>Last test calls</source>
        <translation>Últimas llamadas de prueba</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Informe…</translation>
    </message>
    <message>
        <source>A configuration report of every domain, previewed before it is saved</source>
        <translation>Un informe de configuración de todos los dominios, con vista previa antes de guardarlo</translation>
    </message>
    <message>
        <source>The assistant that answers the selected numbers</source>
        <translation>El asistente que atiende los números seleccionados</translation>
    </message>
    <message>
        <source>Remove the selected numbers from Vapi (shows the changes first)</source>
        <translation>Quitar de Vapi los números seleccionados (muestra antes los cambios)</translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation>Actualización automática desactivada</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Cada minuto</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Cada 5 minutos</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Cada 15 minutos</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>Actualización automática</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>No domain is configured yet.</source>
        <translation>Aún no hay ningún dominio configurado.</translation>
    </message>
    <message>
        <source>No domain selected</source>
        <translation>Ningún dominio seleccionado</translation>
    </message>
    <message>
        <source>Set up a domain… connects a Cloudonix domain to Vapi, step by step.</source>
        <translation>«Configurar un dominio…» conecta un dominio de Cloudonix con Vapi, paso a paso.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Refresh reads what Cloudonix and Vapi hold now.</source>
        <translation>«Actualizar» lee lo que tienen ahora Cloudonix y Vapi.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Nothing: everything is as last applied.</source>
        <translation>Nada: todo está como se aplicó por última vez.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n domain(s) with Cloudonix and Vapi…</source>
        <translation>
            <numerusform>Comprobando %n dominio con Cloudonix y Vapi…</numerusform>
            <numerusform>Comprobando %n dominios con Cloudonix y Vapi…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 → %3: %4</source>
        <translation>%1 — %2 → %3: %4</translation>
    </message>
    <message>
        <source>None yet: Test call… places one through the trunk.</source>
        <translation>Ninguna todavía: «Llamada de prueba…» hace una a través del troncal.</translation>
    </message>
    <message>
        <source>Reading what Trunk Wizard made for %1…</source>
        <translation>Leyendo lo que Trunk Wizard hizo para %1…</translation>
    </message>
    <message>
        <source>Tear down %1? This removes what Trunk Wizard made and puts the domain settings back:</source>
        <translation>¿Desmontar %1? Esto quita lo que hizo Trunk Wizard y restaura los ajustes del dominio:</translation>
    </message>
    <message>
        <source>Reading %1 to plan the fix…</source>
        <translation>Leyendo %1 para planificar la corrección…</translation>
    </message>
    <message>
        <source>Put this back as Trunk Wizard last applied it to %1?
%2</source>
        <translation>¿Devolver esto a como Trunk Wizard lo aplicó por última vez a %1?
%2</translation>
    </message>
    <message>
        <source>Apply again what Trunk Wizard last applied to %1? These changes will be made:</source>
        <translation>¿Aplicar de nuevo lo que Trunk Wizard aplicó por última vez a %1? Se harán estos cambios:</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Making the current state of %1 the wanted state would still change this:</source>
        <translation>Hacer del estado actual de %1 el estado deseado aún cambiaría esto:</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n number(s) from %1?</source>
        <translation>
            <numerusform>¿Quitar %n número de %1?</numerusform>
            <numerusform>¿Quitar %n números de %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n number(s) to %1?</source>
        <translation>
            <numerusform>¿Añadir %n número a %1?</numerusform>
            <numerusform>¿Añadir %n números a %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the assistant of %n number(s) of %1?</source>
        <translation>
            <numerusform>¿Cambiar el asistente de %n número de %1?</numerusform>
            <numerusform>¿Cambiar el asistente de %n números de %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 again…</source>
        <translation>Comprobando de nuevo %1…</translation>
    </message>
    <message>
        <source>Test c&amp;all…</source>
        <translation>&amp;Llamada de prueba…</translation>
    </message>
    <message>
        <source>Change ass&amp;istant…</source>
        <translation>Cambiar a&amp;sistente…</translation>
    </message>
    <message>
        <source>Add the carrier&apos;s trunk: %1.</source>
        <translation>Añada la troncal del operador: %1.</translation>
    </message>
</context>
<context>
    <name>tw::DesiredState</name>
    <message>
        <source>%1.%2 must be a whole number.</source>
        <translation>%1.%2 debe ser un número entero.</translation>
    </message>
    <message>
        <source>The carrier trunk needs a name (%1.name).</source>
        <translation>El troncal del operador necesita un nombre (%1.name).</translation>
    </message>
    <message>
        <source>%1.host must be the carrier&apos;s host name or IPv4 address, not &quot;%2&quot;.</source>
        <translation>%1.host debe ser el nombre de host o la dirección IPv4 del operador, no «%2».</translation>
    </message>
    <message>
        <source>%1.port must be between 1 and 65535.</source>
        <translation>%1.port debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>%1.transport must be udp, tcp or tls, not &quot;%2&quot;.</source>
        <translation>%1.transport debe ser udp, tcp o tls, no «%2».</translation>
    </message>
    <message>
        <source>cloudonix.%1 must be true or false.</source>
        <translation>cloudonix.%1 debe ser true o false.</translation>
    </message>
    <message>
        <source>%1 must be an object with name and host.</source>
        <translation>%1 debe ser un objeto con name y host.</translation>
    </message>
    <message>
        <source>cloudonix.carrierTrunks must be a list of trunks.</source>
        <translation>cloudonix.carrierTrunks debe ser una lista de troncales.</translation>
    </message>
    <message>
        <source>%1.mode must be &quot;trunk&quot; or &quot;sip-uri&quot;, not &quot;%2&quot;.</source>
        <translation>%1.mode debe ser «trunk» o «sip-uri», no «%2».</translation>
    </message>
    <message>
        <source>&quot;numbers&quot; must be a list.</source>
        <translation>«numbers» debe ser una lista.</translation>
    </message>
    <message>
        <source>The Cloudonix domain is missing (&quot;domain&quot;, for example &quot;acme.cloudonix.net&quot;).</source>
        <translation>Falta el dominio de Cloudonix («domain», por ejemplo «acme.cloudonix.net»).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Cloudonix domain name.</source>
        <translation>«%1» no es un nombre de dominio de Cloudonix.</translation>
    </message>
    <message>
        <source>vapiRegion must be &quot;us&quot; or &quot;eu&quot;, not &quot;%1&quot;.</source>
        <translation>vapiRegion debe ser «us» o «eu», no «%1».</translation>
    </message>
    <message>
        <source>Trunk name: %1</source>
        <translation>Nombre del troncal: %1</translation>
    </message>
    <message>
        <source>Trunk gateway: %1</source>
        <translation>Pasarela del troncal: %1</translation>
    </message>
    <message>
        <source>Inbound gateway: %1</source>
        <translation>Pasarela de entrada: %1</translation>
    </message>
    <message>
        <source>Inbound gateway &quot;%1&quot; is a host name; Vapi matches inbound calls on IPv4 addresses only.</source>
        <translation>La pasarela de entrada «%1» es un nombre de host; Vapi reconoce las llamadas entrantes solo por direcciones IPv4.</translation>
    </message>
    <message>
        <source>Trunk port: %1</source>
        <translation>Puerto del troncal: %1</translation>
    </message>
    <message>
        <source>trunk.transport must be udp, tcp, tls or tls/srtp, not &quot;%1&quot;.</source>
        <translation>trunk.transport debe ser udp, tcp, tls o tls/srtp, no «%1».</translation>
    </message>
    <message>
        <source>The trunk allows neither inbound nor outbound calls; turn on at least one.</source>
        <translation>El troncal no permite llamadas entrantes ni salientes; active al menos unas.</translation>
    </message>
    <message>
        <source>cloudonix.cxmlUrl &quot;%1&quot; is not an http(s) address.</source>
        <translation>cloudonix.cxmlUrl «%1» no es una dirección http(s).</translation>
    </message>
    <message>
        <source>cloudonix.applicationName is empty.</source>
        <translation>cloudonix.applicationName está vacío.</translation>
    </message>
    <message>
        <source>cloudonix.cxmlMethod must be GET or POST.</source>
        <translation>cloudonix.cxmlMethod debe ser GET o POST.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 aparece dos veces.</translation>
    </message>
    <message>
        <source>Number %1: %2</source>
        <translation>Número %1: %2</translation>
    </message>
    <message>
        <source>Two carrier trunks are named &quot;%1&quot;; names must differ.</source>
        <translation>Dos troncales de operador se llaman «%1»; los nombres deben ser distintos.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 debe ser true o false.</translation>
    </message>
    <message>
        <source>trunk.gatewayMode must be &quot;split&quot; or &quot;single&quot;, not &quot;%1&quot;.</source>
        <translation>trunk.gatewayMode debe ser «split» o «single», no «%1».</translation>
    </message>
    <message>
        <source>trunk.port must be a whole number.</source>
        <translation>trunk.port debe ser un número entero.</translation>
    </message>
    <message>
        <source>trunk.transport must be udp, tcp, tls or tls/srtp.</source>
        <translation>trunk.transport debe ser udp, tcp, tls o tls/srtp.</translation>
    </message>
    <message>
        <source>trunk.inboundGateways must be a list of IPv4 addresses.</source>
        <translation>trunk.inboundGateways debe ser una lista de direcciones IPv4.</translation>
    </message>
</context>
<context>
    <name>tw::DnsHostResolver</name>
    <message>
        <source>DNS lookup of %1 failed: %2</source>
        <translation>Falló la consulta DNS de %1: %2</translation>
    </message>
    <message>
        <source>%1 has no IPv4 address</source>
        <translation>%1 no tiene dirección IPv4</translation>
    </message>
</context>
<context>
    <name>tw::DoctorOperation</name>
    <message>
        <source>%1 is not set up on this computer: run the wizard (or trunkwizard-cli apply) first, or name the domain as it was set up.</source>
        <translation>%1 no está configurado en este equipo: ejecute antes el asistente (o trunkwizard-cli apply) o nombre el dominio tal como se configuró.</translation>
    </message>
    <message>
        <source>Reading %1 from Cloudonix and Vapi, and asking its gateways over SIP…</source>
        <translation>Leyendo %1 en Cloudonix y Vapi y preguntando a sus pasarelas por SIP…</translation>
    </message>
</context>
<context>
    <name>tw::DoctorReport</name>
    <message>
        <source>The check was cancelled.</source>
        <translation>La comprobación se canceló.</translation>
    </message>
    <message>
        <source>No problem found: the trunk, the numbers, the Cloudonix settings and the gateways look right.</source>
        <translation>No se encontró ningún problema: el troncal, los números, los ajustes de Cloudonix y las pasarelas parecen correctos.</translation>
    </message>
    <message>
        <source>1 problem found.</source>
        <translation>Se encontró 1 problema.</translation>
    </message>
    <message>
        <source>%1 problems found.</source>
        <translation>Se encontraron %1 problemas.</translation>
    </message>
</context>
<context>
    <name>tw::DomainCards</name>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
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
        <translation>Host SIP de entrada</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Allow border-to-border calls</source>
        <translation>Permitir llamadas de frontera a frontera</translation>
    </message>
    <message>
        <source>Redirect unknown destination to border</source>
        <translation>Redirigir destinos desconocidos a la frontera</translation>
    </message>
    <message>
        <source>Outbound trunks</source>
        <translation>Troncales de salida</translation>
    </message>
    <message>
        <source>⚠ none</source>
        <translation>⚠ ninguno</translation>
    </message>
    <message>
        <source>SIP trunk</source>
        <translation>Troncal SIP</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>options ping</source>
        <translation>ping de OPTIONS</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>sin usar</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Pasarelas</translation>
    </message>
    <message>
        <source>Leading plus for outbound calls</source>
        <translation>Más inicial en llamadas salientes</translation>
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
            <numerusform>&amp;Aplicar %n cambio</numerusform>
            <numerusform>&amp;Aplicar %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying to %1…</source>
        <translation>Aplicando a %1…</translation>
    </message>
</context>
<context>
    <name>tw::DomainListModel</name>
    <message>
        <source>not checked yet</source>
        <translation>aún sin comprobar</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>working</source>
        <translation>funciona</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>requiere atención</translation>
    </message>
    <message>
        <source>changed outside Trunk Wizard</source>
        <translation>cambiado fuera de Trunk Wizard</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>no se pudo comprobar</translation>
    </message>
</context>
<context>
    <name>tw::DomainLock</name>
    <message>
        <source>Trunk Wizard could not take the lock of %1 in %2; check that the settings folder is writable.</source>
        <translation>Trunk Wizard no pudo tomar el bloqueo de %1 en %2; compruebe que se puede escribir en la carpeta de ajustes.</translation>
    </message>
    <message>
        <source>Another change to %1 is in progress (process %2, started %3); nothing was changed. Try again when it has finished.</source>
        <translation>Hay otro cambio de %1 en curso (proceso %2, iniciado %3); no se cambió nada. Vuelva a intentarlo cuando haya terminado.</translation>
    </message>
</context>
<context>
    <name>tw::DomainNumbersModel</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Vapi SIP URI</source>
        <translation>URI SIP de Vapi</translation>
    </message>
    <message>
        <source>On the trunk</source>
        <translation>En el troncal</translation>
    </message>
    <message>
        <source>⚠ changed</source>
        <translation>⚠ cambiado</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Vapi id</source>
        <translation>Id de Vapi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Desviación</translation>
    </message>
</context>
<context>
    <name>tw::DomainStatus</name>
    <message>
        <source>The trunk &quot;%1&quot; was %2; Trunk Wizard has not recorded it yet (sync records it).</source>
        <translation>El troncal «%1» se ha %2; Trunk Wizard aún no lo ha registrado (sync lo registra).</translation>
    </message>
    <message>
        <source> (now: %1)</source>
        <translation> (ahora: %1)</translation>
    </message>
    <message>
        <source>Number %1 (%2) no longer exists in Vapi.</source>
        <translation>El número %1 (%2) ya no existe en Vapi.</translation>
    </message>
    <message>
        <source>The Cloudonix domain has no outbound trunk, so Vapi&apos;s outbound calls have nowhere to go.</source>
        <translation>El dominio de Cloudonix no tiene troncal saliente, así que las llamadas salientes de Vapi no tienen adónde ir.</translation>
    </message>
</context>
<context>
    <name>tw::EndedReasonExplainer</name>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>the trunk settings</source>
        <translation>los ajustes del troncal</translation>
    </message>
    <message>
        <source>the carrier</source>
        <translation>el operador</translation>
    </message>
    <message>
        <source>the called party</source>
        <translation>el destinatario</translation>
    </message>
    <message>
        <source>the assistant</source>
        <translation>el asistente</translation>
    </message>
    <message>
        <source>Cloudonix asked Vapi to authenticate (SIP %1).</source>
        <translation>Cloudonix pidió a Vapi que se autenticara (SIP %1).</translation>
    </message>
    <message>
        <source>Cloudonix should accept Vapi by the domain&apos;s alias: check the gateway host name, and remove any outbound authentication from the trunk.</source>
        <translation>Cloudonix debería aceptar a Vapi por el alias del dominio: compruebe el nombre de host de la pasarela y quite cualquier autenticación de salida del troncal.</translation>
    </message>
    <message>
        <source>Cloudonix refused the call from Vapi (SIP 403 Forbidden).</source>
        <translation>Cloudonix rechazó la llamada de Vapi (SIP 403 Forbidden).</translation>
    </message>
    <message>
        <source>Check that the trunk&apos;s outbound gateway is the domain&apos;s inbound SIP host and that &quot;Allow border-to-border calls&quot; is on for the domain.</source>
        <translation>Compruebe que la pasarela de salida del troncal es el host SIP de entrada del dominio y que «Permitir llamadas de frontera a frontera» está activado en el dominio.</translation>
    </message>
    <message>
        <source>Cloudonix did not know where to send the dialled number (SIP %1).</source>
        <translation>Cloudonix no supo adónde enviar el número marcado (SIP %1).</translation>
    </message>
    <message>
        <source>Turn on &quot;Redirect unknown destination to border&quot;, and check the outbound carrier trunk and the number format (leading plus).</source>
        <translation>Active «Redirigir destinos desconocidos a la frontera» y compruebe el troncal de operador de salida y el formato del número (más inicial).</translation>
    </message>
    <message>
        <source>Vapi had no answer from Cloudonix over SIP (SIP 408).</source>
        <translation>Vapi no obtuvo respuesta SIP de Cloudonix (SIP 408).</translation>
    </message>
    <message>
        <source>Check the gateway host, port and transport, and any firewall between Vapi and Cloudonix; the SIP probe shows whether the gateway answers.</source>
        <translation>Compruebe el host, el puerto y el transporte de la pasarela y cualquier cortafuegos entre Vapi y Cloudonix; la prueba SIP muestra si la pasarela responde.</translation>
    </message>
    <message>
        <source>The called number was not reachable just now (SIP 480).</source>
        <translation>El número llamado no estaba localizable en ese momento (SIP 480).</translation>
    </message>
    <message>
        <source>The trunk works as far as the carrier; try again, or call another number.</source>
        <translation>El troncal funciona hasta el operador; inténtelo de nuevo o llame a otro número.</translation>
    </message>
    <message>
        <source>The called number was busy (SIP %1).</source>
        <translation>El número llamado estaba ocupado (SIP %1).</translation>
    </message>
    <message>
        <source>The trunk works; try again later.</source>
        <translation>El troncal funciona; inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The call was cancelled before it was answered (SIP 487).</source>
        <translation>La llamada se canceló antes de ser contestada (SIP 487).</translation>
    </message>
    <message>
        <source>The trunk works; place the call again and pick up.</source>
        <translation>El troncal funciona; vuelva a llamar y conteste.</translation>
    </message>
    <message>
        <source>The call failed on media negotiation (SIP %1: codecs or encryption).</source>
        <translation>La llamada falló en la negociación de medios (SIP %1: códecs o cifrado).</translation>
    </message>
    <message>
        <source>Check the trunk&apos;s transport and the carrier&apos;s codecs.</source>
        <translation>Compruebe el transporte del troncal y los códecs del operador.</translation>
    </message>
    <message>
        <source>The called party declined the call (SIP 603).</source>
        <translation>El destinatario rechazó la llamada (SIP 603).</translation>
    </message>
    <message>
        <source>The trunk works; call a phone that will answer.</source>
        <translation>El troncal funciona; llame a un teléfono que vaya a contestar.</translation>
    </message>
    <message>
        <source>Cloudonix or its carrier could not take the call (SIP %1).</source>
        <translation>Cloudonix o su operador no pudieron aceptar la llamada (SIP %1).</translation>
    </message>
    <message>
        <source>Check the domain&apos;s outbound carrier trunk, then try again.</source>
        <translation>Compruebe el troncal de operador de salida del dominio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The SIP side refused the call (SIP %1: %2).</source>
        <translation>El lado SIP rechazó la llamada (SIP %1: %2).</translation>
    </message>
    <message>
        <source>Check the domain&apos;s settings and its carrier trunk in the Cloudonix console.</source>
        <translation>Compruebe los ajustes del dominio y su troncal de operador en la consola de Cloudonix.</translation>
    </message>
    <message>
        <source>Vapi ended the call without giving a reason.</source>
        <translation>Vapi terminó la llamada sin dar un motivo.</translation>
    </message>
    <message>
        <source>Open the call in Vapi&apos;s call log for its details.</source>
        <translation>Abra la llamada en el registro de llamadas de Vapi para ver sus detalles.</translation>
    </message>
    <message>
        <source>The call connected through the trunk and ended normally: the trunk works.</source>
        <translation>La llamada se conectó a través del troncal y terminó con normalidad: el troncal funciona.</translation>
    </message>
    <message>
        <source>The call reached the number and rang, but nobody answered.</source>
        <translation>La llamada llegó al número y sonó, pero nadie contestó.</translation>
    </message>
    <message>
        <source>The trunk works; try again and pick up.</source>
        <translation>El troncal funciona; inténtelo de nuevo y conteste.</translation>
    </message>
    <message>
        <source>The called number was busy.</source>
        <translation>El número llamado estaba ocupado.</translation>
    </message>
    <message>
        <source>The caller hung up before the assistant answered.</source>
        <translation>Quien llamaba colgó antes de que contestara el asistente.</translation>
    </message>
    <message>
        <source>The trunk works; call again and wait for the assistant.</source>
        <translation>El troncal funciona; vuelva a llamar y espere al asistente.</translation>
    </message>
    <message>
        <source>The number dialled does not exist, as the phone network reports.</source>
        <translation>El número marcado no existe, según la red telefónica.</translation>
    </message>
    <message>
        <source>Check the number you called.</source>
        <translation>Compruebe el número al que llamó.</translation>
    </message>
    <message>
        <source>The web caller did not allow the microphone.</source>
        <translation>La persona que llamaba por web no permitió el micrófono.</translation>
    </message>
    <message>
        <source>This is a web call, not a call through the trunk; allow the microphone and try again.</source>
        <translation>Es una llamada web, no una llamada a través del troncal; permita el micrófono e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The call was cancelled or deleted before it ended by itself.</source>
        <translation>La llamada se canceló o se eliminó antes de terminar por sí sola.</translation>
    </message>
    <message>
        <source>Place the call again if you still need it.</source>
        <translation>Vuelva a hacer la llamada si aún la necesita.</translation>
    </message>
    <message>
        <source>Vapi did not accept the call that Cloudonix sent it.</source>
        <translation>Vapi no aceptó la llamada que le envió Cloudonix.</translation>
    </message>
    <message>
        <source>Check that Cloudonix&apos;s addresses are the trunk&apos;s inbound gateways, and that the number is on the trunk in Vapi.</source>
        <translation>Compruebe que las direcciones de Cloudonix son las pasarelas de entrada del troncal y que el número está en el troncal en Vapi.</translation>
    </message>
    <message>
        <source>Vapi could not reach Cloudonix over SIP.</source>
        <translation>Vapi no pudo contactar con Cloudonix por SIP.</translation>
    </message>
    <message>
        <source>Check the gateway host, port and transport, and any firewall between them; the SIP probe shows whether the gateway answers.</source>
        <translation>Compruebe el host, el puerto y el transporte de la pasarela y cualquier cortafuegos entre ellos; la prueba SIP muestra si la pasarela responde.</translation>
    </message>
    <message>
        <source>The call connected, but no sound reached the assistant.</source>
        <translation>La llamada se conectó, pero no llegó sonido al asistente.</translation>
    </message>
    <message>
        <source>Check that media (RTP) can flow between Cloudonix and Vapi: firewalls and NAT, and the codecs of the carrier.</source>
        <translation>Compruebe que el audio (RTP) puede circular entre Cloudonix y Vapi: cortafuegos y NAT, y los códecs del operador.</translation>
    </message>
    <message>
        <source>Vapi cannot call out from this number: a Vapi SIP URI number only receives calls.</source>
        <translation>Vapi no puede llamar desde este número: un número de URI SIP de Vapi solo recibe llamadas.</translation>
    </message>
    <message>
        <source>Place the call from a number on the trunk.</source>
        <translation>Haga la llamada desde un número del troncal.</translation>
    </message>
    <message>
        <source>Vapi could not find the number the call was to come from.</source>
        <translation>Vapi no encontró el número desde el que debía salir la llamada.</translation>
    </message>
    <message>
        <source>Run Sync for the domain, and call from a number the dashboard shows as active.</source>
        <translation>Ejecute «Sync» para el dominio y llame desde un número que el panel muestre como activo.</translation>
    </message>
    <message>
        <source>Vapi refused the call&apos;s details (the number called or its format).</source>
        <translation>Vapi rechazó los datos de la llamada (el número llamado o su formato).</translation>
    </message>
    <message>
        <source>Call a number in international form, starting with +.</source>
        <translation>Llame a un número en formato internacional, empezando por +.</translation>
    </message>
    <message>
        <source>Vapi refused to start the call because of the Vapi account (%1).</source>
        <translation>Vapi se negó a iniciar la llamada por la cuenta de Vapi (%1).</translation>
    </message>
    <message>
        <source>Check the account&apos;s credits, subscription and limits in the Vapi dashboard.</source>
        <translation>Compruebe los créditos, la suscripción y los límites de la cuenta en el panel de Vapi.</translation>
    </message>
    <message>
        <source>Vapi refused to start the call: a limit of Vapi&apos;s own numbers (%1).</source>
        <translation>Vapi se negó a iniciar la llamada: un límite de los números propios de Vapi (%1).</translation>
    </message>
    <message>
        <source>Call from a number on the Cloudonix trunk instead.</source>
        <translation>Llame en su lugar desde un número del troncal de Cloudonix.</translation>
    </message>
    <message>
        <source>Vapi could not use the assistant for this call (%1).</source>
        <translation>Vapi no pudo usar el asistente para esta llamada (%1).</translation>
    </message>
    <message>
        <source>Check that the assistant exists and is set up completely in the Vapi dashboard.</source>
        <translation>Compruebe que el asistente existe y está configurado por completo en el panel de Vapi.</translation>
    </message>
    <message>
        <source>The assistant did not join the call (%1).</source>
        <translation>El asistente no se unió a la llamada (%1).</translation>
    </message>
    <message>
        <source>Check the assistant&apos;s model, voice and transcriber in the Vapi dashboard, then try again.</source>
        <translation>Compruebe el modelo, la voz y el transcriptor del asistente en el panel de Vapi y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Vapi could not start the call (%1).</source>
        <translation>Vapi no pudo iniciar la llamada (%1).</translation>
    </message>
    <message>
        <source>Try again; if it happens again, see Vapi&apos;s status page and call log.</source>
        <translation>Inténtelo de nuevo; si vuelve a ocurrir, consulte la página de estado y el registro de llamadas de Vapi.</translation>
    </message>
    <message>
        <source>The assistant&apos;s transfer did not complete (%1).</source>
        <translation>La transferencia del asistente no se completó (%1).</translation>
    </message>
    <message>
        <source>Check the transfer destination set in the assistant.</source>
        <translation>Compruebe el destino de transferencia configurado en el asistente.</translation>
    </message>
    <message>
        <source>The assistant&apos;s configuration stopped the call (%1).</source>
        <translation>La configuración del asistente detuvo la llamada (%1).</translation>
    </message>
    <message>
        <source>Check the assistant&apos;s model and transport settings in the Vapi dashboard.</source>
        <translation>Compruebe los ajustes de modelo y transporte del asistente en el panel de Vapi.</translation>
    </message>
    <message>
        <source>The call failed inside Vapi (%1), not on the trunk.</source>
        <translation>La llamada falló dentro de Vapi (%1), no en el troncal.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, see Vapi&apos;s status page.</source>
        <translation>Inténtelo de nuevo; si sigue ocurriendo, consulte la página de estado de Vapi.</translation>
    </message>
    <message>
        <source>A provider the assistant uses (its model, voice or transcriber) failed (%1).</source>
        <translation>Falló un proveedor que usa el asistente (su modelo, voz o transcriptor) (%1).</translation>
    </message>
    <message>
        <source>Check that provider&apos;s API key in the Vapi dashboard.</source>
        <translation>Compruebe la clave de API de ese proveedor en el panel de Vapi.</translation>
    </message>
    <message>
        <source>That provider&apos;s quota or rate limit was reached: check its plan, then try again.</source>
        <translation>Se alcanzó la cuota o el límite de velocidad de ese proveedor: revise su plan y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Try again, or choose another provider for the assistant.</source>
        <translation>Inténtelo de nuevo o elija otro proveedor para el asistente.</translation>
    </message>
    <message>
        <source>The call went through another phone provider, which ended it (%1).</source>
        <translation>La llamada pasó por otro proveedor telefónico, que la terminó (%1).</translation>
    </message>
    <message>
        <source>Test calls for this trunk go from a number on the Cloudonix trunk; call from one of those.</source>
        <translation>Las llamadas de prueba de este troncal salen de un número del troncal de Cloudonix; llame desde uno de ellos.</translation>
    </message>
    <message>
        <source>The called party ended or refused the call (%1).</source>
        <translation>El destinatario terminó o rechazó la llamada (%1).</translation>
    </message>
    <message>
        <source>The trunk probably works; call again and answer.</source>
        <translation>Probablemente el troncal funciona; vuelva a llamar y conteste.</translation>
    </message>
    <message>
        <source>The assistant ended the call (%1).</source>
        <translation>El asistente terminó la llamada (%1).</translation>
    </message>
    <message>
        <source>Check the assistant&apos;s configuration in the Vapi dashboard.</source>
        <translation>Compruebe la configuración del asistente en el panel de Vapi.</translation>
    </message>
    <message>
        <source>The call ended while ringing (%1).</source>
        <translation>La llamada terminó mientras sonaba (%1).</translation>
    </message>
    <message>
        <source>Check the trunk&apos;s gateways; the SIP probe shows whether the gateway answers.</source>
        <translation>Compruebe las pasarelas del troncal; la prueba SIP muestra si la pasarela responde.</translation>
    </message>
    <message>
        <source>Vapi ended the call with a reason Trunk Wizard does not know yet (%1).</source>
        <translation>Vapi terminó la llamada con un motivo que Trunk Wizard aún no conoce (%1).</translation>
    </message>
</context>
<context>
    <name>tw::EndpointPolicy</name>
    <message>
        <source>&quot;%1&quot; is not a whole web address; write it starting with https:// (plain http:// only for 127.0.0.1, ::1 and localhost), for example https://api.vapi.ai.</source>
        <translation>«%1» no es una dirección web completa; escríbala empezando por https:// (http:// simple solo para 127.0.0.1, ::1 y localhost), por ejemplo https://api.vapi.ai.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a plain base address, without user, query or fragment.</source>
        <translation>«%1» debe ser una dirección base simple, sin usuario, consulta ni fragmento.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain http; API keys are only sent over https (plain http is allowed only for 127.0.0.1, ::1 and localhost).</source>
        <translation>«%1» usa http simple; las claves de API solo se envían por https (http simple solo se permite para 127.0.0.1, ::1 y localhost).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with https://.</source>
        <translation>«%1» debe empezar por https://.</translation>
    </message>
</context>
<context>
    <name>tw::FieldError</name>
    <message>
        <source>&quot;%1&quot; is not a field of the desired state (fields here: %2).</source>
        <translation>«%1» no es un campo del estado deseado (campos aquí: %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the desired state; did you mean &quot;%2&quot;?</source>
        <translation>«%1» no es un campo del estado deseado; ¿quería decir «%2»?</translation>
    </message>
</context>
<context>
    <name>tw::FinishPage</name>
    <message>
        <source>Your domain is connected to Vapi</source>
        <translation>Su dominio está conectado a Vapi</translation>
    </message>
    <message>
        <source>Place a test call to hear an assistant answer through the new trunk.</source>
        <translation>Haga una llamada de prueba para oír cómo contesta un asistente a través del nuevo troncal.</translation>
    </message>
    <message>
        <source>&amp;Place a test call</source>
        <translation>&amp;Hacer una llamada de prueba</translation>
    </message>
    <message>
        <source>Open &amp;dashboard</source>
        <translation>Abrir el &amp;panel</translation>
    </message>
    <message>
        <source>Test call</source>
        <translation>Llamada de prueba</translation>
    </message>
    <message>
        <source>Fro&amp;m number:</source>
        <translation>Número de &amp;origen:</translation>
    </message>
    <message>
        <source>+1 212 555 0100</source>
        <translation>+1 212 555 0100</translation>
    </message>
    <message>
        <source>&amp;To number:</source>
        <translation>Número de &amp;destino:</translation>
    </message>
    <message>
        <source>Your own phone: Vapi calls it from the number above through the trunk.</source>
        <translation>Su propio teléfono: Vapi lo llama desde el número de arriba a través del troncal.</translation>
    </message>
    <message>
        <source>&amp;Assistant:</source>
        <translation>Asis&amp;tente:</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Inbound SIP host</source>
        <translation>Host SIP de entrada</translation>
    </message>
    <message>
        <source>Vapi SIP trunk</source>
        <translation>Troncal SIP de Vapi</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>To number: %1</source>
        <translation>Número de destino: %1</translation>
    </message>
    <message>
        <source>Placing the call…</source>
        <translation>Haciendo la llamada…</translation>
    </message>
    <message>
        <source>Call status: %1</source>
        <translation>Estado de la llamada: %1</translation>
    </message>
    <message>
        <source>Vapi&apos;s reason: %1; side: %2</source>
        <translation>Motivo de Vapi: %1; lado: %2</translation>
    </message>
</context>
<context>
    <name>tw::GatewayAddress</name>
    <message>
        <source>the unspecified address (0.0.0.0/8)</source>
        <translation>la dirección no especificada (0.0.0.0/8)</translation>
    </message>
    <message>
        <source>a loopback address, this computer&apos;s own (127.0.0.0/8)</source>
        <translation>una dirección de bucle local, la de este propio equipo (127.0.0.0/8)</translation>
    </message>
    <message>
        <source>a multicast address (224.0.0.0/4)</source>
        <translation>una dirección de multidifusión (224.0.0.0/4)</translation>
    </message>
    <message>
        <source>the broadcast address</source>
        <translation>la dirección de difusión</translation>
    </message>
    <message>
        <source>a reserved address (240.0.0.0/4)</source>
        <translation>una dirección reservada (240.0.0.0/4)</translation>
    </message>
    <message>
        <source>The gateway address is empty.</source>
        <translation>La dirección de la pasarela está vacía.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv6 address; Vapi gateways take IPv4 addresses or host names.</source>
        <translation>«%1» es una dirección IPv6; las pasarelas de Vapi admiten direcciones IPv4 o nombres de host.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain address; enter only the host name or IPv4 address, without &quot;sip:&quot; or &quot;https://&quot;, user or port.</source>
        <translation>«%1» no es una dirección simple; introduzca solo el nombre de host o la dirección IPv4, sin «sip:» ni «https://», usuario ni puerto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unreadable network size after the &quot;/&quot;.</source>
        <translation>«%1» tiene un tamaño de red ilegible tras la «/».</translation>
    </message>
    <message>
        <source>%1 is %2, so Vapi can never reach it or be called from it; enter the address Cloudonix gives for the domain.</source>
        <translation>%1 es %2, así que Vapi nunca podrá alcanzarla ni recibir llamadas desde ella; introduzca la dirección que da Cloudonix para el dominio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 network; a &quot;/&quot; only follows an IPv4 address.</source>
        <translation>«%1» no es una red IPv4; una «/» solo va tras una dirección IPv4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IPv4 address nor a host name.</source>
        <translation>«%1» no es ni una dirección IPv4 ni un nombre de host.</translation>
    </message>
</context>
<context>
    <name>tw::Glossary</name>
    <message>
        <source>SIP trunk</source>
        <translation>Troncal SIP</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Inbound SIP host</source>
        <translation>Host SIP de entrada</translation>
    </message>
    <message>
        <source>Options ping</source>
        <translation>Ping de OPTIONS</translation>
    </message>
    <message>
        <source>Leading plus</source>
        <translation>Más inicial</translation>
    </message>
    <message>
        <source>E.164 number</source>
        <translation>Número E.164</translation>
    </message>
    <message>
        <source>Border-to-border calls</source>
        <translation>Llamadas de frontera a frontera</translation>
    </message>
    <message>
        <source>Redirect unknown destination to border</source>
        <translation>Redirigir destinos desconocidos a la frontera</translation>
    </message>
    <message>
        <source>DNID</source>
        <translation>DNID</translation>
    </message>
    <message>
        <source>Call routing (CXML)</source>
        <translation>Enrutamiento de llamadas (CXML)</translation>
    </message>
    <message>
        <source>Carrier trunk</source>
        <translation>Troncal del operador</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>A SIP trunk is a phone line between two systems over the internet. Here it joins your Cloudonix domain and Vapi: calls to your numbers reach a Vapi assistant through it, and the assistant&apos;s calls go out through Cloudonix. In Vapi it is a &quot;BYO SIP trunk&quot; credential; keep one trunk per Cloudonix domain.</source>
        <translation>Un troncal SIP es una línea telefónica entre dos sistemas a través de internet. Aquí une su dominio de Cloudonix y Vapi: las llamadas a sus números llegan por él a un asistente de Vapi, y las llamadas del asistente salen a través de Cloudonix. En Vapi es una credencial «BYO SIP trunk»; mantenga un troncal por dominio de Cloudonix.</translation>
    </message>
    <message>
        <source>A gateway is an address a trunk exchanges calls with: a host name (FQDN) or an IP address. Vapi sends its outbound calls to the gateway named by your domain&apos;s inbound SIP host, and accepts inbound calls only from gateways given as IP addresses, so the trunk has one outbound host gateway and Cloudonix&apos;s addresses as inbound gateways.</source>
        <translation>Una pasarela es una dirección con la que un troncal intercambia llamadas: un nombre de host (FQDN) o una dirección IP. Vapi envía sus llamadas salientes a la pasarela que nombra el host SIP de entrada de su dominio, y solo acepta llamadas entrantes de pasarelas dadas como direcciones IP; por eso el troncal tiene una pasarela de salida por host y las direcciones de Cloudonix como pasarelas de entrada.</translation>
    </message>
    <message>
        <source>The address Cloudonix gives each domain for the calls it receives, such as dd7a2a82-2457-3578-a63b-bd132950c857.sip.cloudonix.net. Trunk Wizard reads it from Cloudonix; in Vapi it is the trunk&apos;s &quot;Gateway IP address / FQDN&quot;.</source>
        <translation>La dirección que Cloudonix da a cada dominio para las llamadas que recibe, como dd7a2a82-2457-3578-a63b-bd132950c857.sip.cloudonix.net. Trunk Wizard la lee en Cloudonix; en Vapi es la «Gateway IP address / FQDN» del troncal.</translation>
    </message>
    <message>
        <source>With &quot;Enable options ping&quot; on, Vapi sends a small SIP OPTIONS message to the gateway every few seconds to check that it answers, which also keeps the connection alive. Cloudonix answers these messages. &quot;Check SIP&quot; in Trunk Wizard sends the same message.</source>
        <translation>Con «Activar el ping de OPTIONS», Vapi envía cada pocos segundos un pequeño mensaje SIP OPTIONS a la pasarela para comprobar que responde, lo que además mantiene viva la conexión. Cloudonix responde a estos mensajes. «Comprobar SIP» en Trunk Wizard envía el mismo mensaje.</translation>
    </message>
    <message>
        <source>With &quot;Enable leading plus for outbound calls&quot; on, Vapi puts a + before the numbers it dials, so they reach Cloudonix in E.164 format: 12127773456 goes out as +12127773456. Cloudonix recommends it, so that every number it routes is unique.</source>
        <translation>Con «Activar el más inicial en llamadas salientes», Vapi pone un + delante de los números que marca, para que lleguen a Cloudonix en formato E.164: 12127773456 sale como +12127773456. Cloudonix lo recomienda, para que cada número que enruta sea único.</translation>
    </message>
    <message>
        <source>E.164 is the international format of a phone number: a +, the country code, then the subscriber number without its leading 0, at most 15 digits and no spaces. +12127773456 is a New York number, +442071234567 a London one. Trunk Wizard keeps every number in this format.</source>
        <translation>E.164 es el formato internacional de un número de teléfono: un +, el código de país y luego el número de abonado sin su 0 inicial, como máximo 15 dígitos y sin espacios. +12127773456 es un número de Nueva York y +442071234567 uno de Londres. Trunk Wizard guarda todos los números en este formato.</translation>
    </message>
    <message>
        <source>&quot;Allow border-to-border calls&quot; is a setting of a Cloudonix domain. It lets a call that came in from outside the domain (here from Vapi) go out again to another outside party, such as your carrier. Without it, Cloudonix refuses the assistant&apos;s outbound calls.</source>
        <translation>«Permitir llamadas de frontera a frontera» es un ajuste de un dominio de Cloudonix. Deja que una llamada que entró desde fuera del dominio (aquí desde Vapi) vuelva a salir hacia otra parte externa, como su operador. Sin él, Cloudonix rechaza las llamadas salientes del asistente.</translation>
    </message>
    <message>
        <source>&quot;Redirect unknown destination to border&quot; is a setting of a Cloudonix domain: a call to a number that is not one of the domain&apos;s own goes out to the border (your carriers) instead of being refused. The assistant&apos;s calls to your customers need it.</source>
        <translation>«Redirigir destinos desconocidos a la frontera» es un ajuste de un dominio de Cloudonix: una llamada a un número que no es del propio dominio sale hacia la frontera (sus operadores) en lugar de rechazarse. Las llamadas del asistente a sus clientes lo necesitan.</translation>
    </message>
    <message>
        <source>The DNID (dialed number identification) is the number a caller dialed. In Cloudonix a DNID entry says which application answers the calls to that number; Trunk Wizard adds one for each of your numbers, so that their calls go to Vapi.</source>
        <translation>El DNID (identificación del número marcado) es el número que marcó quien llama. En Cloudonix, una entrada DNID indica qué aplicación atiende las llamadas a ese número; Trunk Wizard añade una por cada uno de sus números, para que sus llamadas vayan a Vapi.</translation>
    </message>
    <message>
        <source>A Cloudonix application, written in CXML (Cloudonix&apos;s call-control XML), decides what happens to a call. Trunk Wizard&apos;s application passes calls to Vapi with &lt;Dial&gt;&lt;Service provider=&quot;vapi&quot;&gt;, and the DNIDs send your numbers&apos; calls to it.</source>
        <translation>Una aplicación de Cloudonix, escrita en CXML (el XML de control de llamadas de Cloudonix), decide qué pasa con una llamada. La aplicación de Trunk Wizard pasa las llamadas a Vapi con &lt;Dial&gt;&lt;Service provider=&quot;vapi&quot;&gt;, y los DNID le envían las llamadas de sus números.</translation>
    </message>
    <message>
        <source>A carrier trunk connects your Cloudonix domain to a telephone carrier (such as Telnyx or Twilio), which carries calls to and from the public phone network. Without one, the assistant&apos;s outbound calls have nowhere to go after Cloudonix.</source>
        <translation>Un troncal de operador conecta su dominio de Cloudonix con un operador telefónico (como Telnyx o Twilio), que lleva las llamadas hacia y desde la red telefónica pública. Sin uno, las llamadas salientes del asistente no tienen adónde ir después de Cloudonix.</translation>
    </message>
    <message>
        <source>A Vapi assistant is the voice AI agent that answers and places calls. Each phone number on the trunk is attached to one assistant, which answers the calls to that number.</source>
        <translation>Un asistente de Vapi es el agente de voz con IA que atiende y hace llamadas. Cada número de teléfono del troncal está asociado a un asistente, que atiende las llamadas a ese número.</translation>
    </message>
    <message>
        <source>E.164 format</source>
        <translation>Formato E.164</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Código de país</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Local number</source>
        <translation>Número local</translation>
    </message>
    <message>
        <source>Subscriber number</source>
        <translation>Número de abonado</translation>
    </message>
</context>
<context>
    <name>tw::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Términos</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
</context>
<context>
    <name>tw::HealthPanel</name>
    <message>
        <source>Health check results</source>
        <translation>Resultados de la comprobación</translation>
    </message>
    <message>
        <source>Earlier SIP checks</source>
        <translation>Comprobaciones SIP anteriores</translation>
    </message>
    <message>
        <source>Check SIP</source>
        <translation>Comprobar SIP</translation>
    </message>
    <message>
        <source>Send SIP OPTIONS to each gateway of the trunk: does it answer, and how fast?</source>
        <translation>Enviar SIP OPTIONS a cada pasarela del troncal: ¿responde y con qué rapidez?</translation>
    </message>
    <message>
        <source>Troubleshoot</source>
        <translation>Diagnosticar</translation>
    </message>
    <message>
        <source>Look for the misconfigurations that most often break calls, each with its fix (checks SIP too)</source>
        <translation>Buscar los errores de configuración que más a menudo rompen las llamadas, cada uno con su arreglo (comprueba también SIP)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Asking the gateways of %1 over SIP…</source>
        <translation>Preguntando por SIP a las pasarelas de %1…</translation>
    </message>
    <message>
        <source>Looking for problems in %1…</source>
        <translation>Buscando problemas en %1…</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation>Responden: %1</translation>
    </message>
    <message>
        <source>Fails: %1</source>
        <translation>Fallan: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>None yet: Check SIP asks each gateway of the trunk.</source>
        <translation>Ninguna todavía: «Comprobar SIP» pregunta a cada pasarela del troncal.</translation>
    </message>
    <message>
        <source>Chec&amp;k SIP</source>
        <translation>Co&amp;mprobar SIP</translation>
    </message>
    <message>
        <source>Tro&amp;ubleshoot</source>
        <translation>Dia&amp;gnosticar</translation>
    </message>
</context>
<context>
    <name>tw::HttpTransport</name>
    <message>
        <source>the answer was larger than %1 MB, far more than any real answer, so its transfer was stopped</source>
        <translation>la respuesta superaba %1 MB, mucho más que cualquier respuesta real, así que se detuvo su transferencia</translation>
    </message>
</context>
<context>
    <name>tw::KeychainSecretStore</name>
    <message>
        <source>No API key of %1 is in the keychain.</source>
        <translation>No hay ninguna clave de API de %1 en el llavero.</translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked); unlock it and try again.</source>
        <translation>El llavero denegó el acceso (puede estar bloqueado); desbloquéelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the API key cannot be stored safely; start the desktop keyring (GNOME Keyring or KWallet) and try again. The key was not saved anywhere else.</source>
        <translation>No hay ningún llavero disponible en este equipo, así que la clave de API no se puede guardar de forma segura; inicie el llavero del escritorio (GNOME Keyring o KWallet) e inténtelo de nuevo. La clave no se guardó en ningún otro sitio.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the stored API key of %1 cannot be read; start the desktop keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation>No hay ningún llavero disponible en este equipo, así que no se puede leer la clave de API guardada de %1; inicie el llavero del escritorio (GNOME Keyring o KWallet) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the API key of %1 cannot be removed; start the desktop keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation>No hay ningún llavero disponible en este equipo, así que no se puede quitar la clave de API de %1; inicie el llavero del escritorio (GNOME Keyring o KWallet) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The keychain reported an error; see the details.</source>
        <translation>El llavero informó de un error; consulte los detalles.</translation>
    </message>
</context>
<context>
    <name>tw::MainWindow</name>
    <message>
        <source>&amp;Set up a domain…</source>
        <translation>&amp;Configurar un dominio…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Trunk Wizard</source>
        <translation>Trunk Wizard</translation>
    </message>
    <message>
        <source>Cloudonix domains connected to Vapi</source>
        <translation>Dominios de Cloudonix conectados a Vapi</translation>
    </message>
    <message>
        <source>Set up a domain…</source>
        <translation>Configurar un dominio…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>The glossary: the telecom terms of Trunk Wizard in plain words (F1)</source>
        <translation>El glosario: los términos de telefonía de Trunk Wizard en palabras sencillas (F1)</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>%1 Requests through a TLS-inspecting proxy will be refused until you choose another file in Settings.</source>
        <translation>%1 Las solicitudes a través de un proxy que inspecciona TLS se rechazarán hasta que elija otro archivo en Ajustes.</translation>
    </message>
    <message>
        <source>The sandbox could not be started.</source>
        <translation>No se pudo iniciar el entorno de pruebas.</translation>
    </message>
    <message>
        <source>Trunk Wizard — Sandbox</source>
        <translation>Trunk Wizard — Entorno de pruebas</translation>
    </message>
    <message>
        <source>Setti&amp;ngs…</source>
        <translation>A&amp;justes…</translation>
    </message>
</context>
<context>
    <name>tw::MemorySecretStore</name>
    <message>
        <source>The secret store is not available.</source>
        <translation>El almacén de secretos no está disponible.</translation>
    </message>
    <message>
        <source>No key is stored for %1.</source>
        <translation>No hay ninguna clave guardada para %1.</translation>
    </message>
</context>
<context>
    <name>tw::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>tw::NumberChangeDialog</name>
    <message>
        <source>Add numbers to %1</source>
        <translation>Añadir números a %1</translation>
    </message>
    <message>
        <source>Change the assistant</source>
        <translation>Cambiar el asistente</translation>
    </message>
    <message>
        <source>+1 212 777 3456
+44 20 7123 4567</source>
        <translation>+1 212 777 3456
+44 20 7123 4567</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Números:</translation>
    </message>
    <message>
        <source>One per line, in international format or as dialled in %1.</source>
        <translation>Uno por línea, en formato internacional o tal como se marca en %1.</translation>
    </message>
    <message>
        <source>the default country</source>
        <translation>el país predeterminado</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s):</source>
        <translation>
            <numerusform>%n número:</numerusform>
            <numerusform>%n números:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Assistant:</source>
        <translation>Asis&amp;tente:</translation>
    </message>
    <message>
        <source>Vapi answers calls to these numbers with this assistant.</source>
        <translation>Vapi atiende las llamadas a estos números con este asistente.</translation>
    </message>
    <message>
        <source>&amp;Review the changes…</source>
        <translation>&amp;Revisar los cambios…</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Type at least one number.</source>
        <translation>Escriba al menos un número.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are not numbers Vapi can take.</source>
        <translation>
            <numerusform>%n línea no es un número que Vapi pueda aceptar.</numerusform>
            <numerusform>%n líneas no son números que Vapi pueda aceptar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::NumberDelegate</name>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>On the trunk</source>
        <translation>En el troncal</translation>
    </message>
    <message>
        <source>Vapi SIP URI</source>
        <translation>URI SIP de Vapi</translation>
    </message>
</context>
<context>
    <name>tw::NumberTableModel</name>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Vapi SIP URI</source>
        <translation>URI SIP de Vapi</translation>
    </message>
    <message>
        <source>On the trunk</source>
        <translation>En el troncal</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
</context>
<context>
    <name>tw::NumbersPage</name>
    <message>
        <source>Choose the numbers</source>
        <translation>Elija los números</translation>
    </message>
    <message>
        <source>Each number is registered on the trunk in Vapi and answered by its assistant.</source>
        <translation>Cada número se registra en el troncal en Vapi y lo atiende su asistente.</translation>
    </message>
    <message>
        <source>A&amp;dd numbers</source>
        <translation>Añadir núm&amp;eros</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>&amp;Quitar los seleccionados</translation>
    </message>
    <message>
        <source>+1 212 777 3456
+44 20 7123 4567
(one per line; paste as many as you like)</source>
        <translation>+1 212 777 3456
+44 20 7123 4567
(uno por línea; pegue tantos como quiera)</translation>
    </message>
    <message>
        <source>Numbers &amp;to add:</source>
        <translation>Números que a&amp;ñadir:</translation>
    </message>
    <message>
        <source>None: international format only</source>
        <translation>Ninguno: solo formato internacional</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>&amp;País predeterminado:</translation>
    </message>
    <message>
        <source>&amp;Assistant for new numbers:</source>
        <translation>Asis&amp;tente para los números nuevos:</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Import numbers</source>
        <translation>Importar números</translation>
    </message>
    <message>
        <source>Numbers (*.csv *.txt);;All files (*)</source>
        <translation>Números (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); choose a CSV or text file with one number per line. Nothing was added.</source>
        <translation>No se pudo leer %1 (%2); elija un archivo CSV o de texto con un número por línea. No se añadió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n número</numerusform>
            <numerusform>%n números</numerusform>
        </translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n cannot be used (see Check); they are left out</source>
        <translation>
            <numerusform>⚠ %n no se puede usar (vea Comprobación); se deja fuera</numerusform>
            <numerusform>⚠ %n no se pueden usar (vea Comprobación); se dejan fuera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listed twice (added once)</source>
        <translation>
            <numerusform>%n repetido (añadido una vez)</numerusform>
            <numerusform>%n repetidos (añadidos una vez)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::Operation</name>
    <message>
        <source>Waiting about %1 s for %2&apos;s rate limit…</source>
        <translation>Esperando unos %1 s por el límite de velocidad de %2…</translation>
    </message>
    <message>
        <source>%1 did not answer properly; try %2 in %3 s…</source>
        <translation>%1 no respondió correctamente; se vuelve a intentar %2 en %3 s…</translation>
    </message>
</context>
<context>
    <name>tw::PdfReportWriter</name>
    <message>
        <source>A PDF report needs the graphical libraries.</source>
        <translation>Un informe PDF necesita las bibliotecas gráficas.</translation>
    </message>
    <message>
        <source>Trunk Wizard report %1 (%2)</source>
        <translation>Informe de Trunk Wizard %1 (%2)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>No se pudo escribir el PDF en %1.</translation>
    </message>
</context>
<context>
    <name>tw::PhoneNumberValidator</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>El número de teléfono está vacío.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains letters; enter the number with digits only, for example +12127773456.</source>
        <translation>«%1» contiene letras; introduzca el número solo con dígitos, por ejemplo +12127773456.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code; use a two-letter code such as US or GB.</source>
        <translation>«%1» no es un código de país conocido; use un código de dos letras como US o GB.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no country code; write it in international form starting with + (for example +12127773456) or choose the country.</source>
        <translation>«%1» no tiene código de país; escríbalo en formato internacional empezando por + (por ejemplo +12127773456) o elija el país.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with an unknown country code.</source>
        <translation>«%1» empieza por un código de país desconocido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number.</source>
        <translation>«%1» es demasiado corto para ser un número de teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number.</source>
        <translation>«%1» es demasiado largo para ser un número de teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«%1» no es un número de teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an extension; Vapi numbers cannot carry one.</source>
        <translation>«%1» tiene una extensión; los números de Vapi no pueden llevarla.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too few digits for its country.</source>
        <translation>«%1» tiene muy pocos dígitos para su país.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many digits for its country.</source>
        <translation>«%1» tiene demasiados dígitos para su país.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number in use in its country&apos;s numbering plan; check the digits.</source>
        <translation>«%1» no es un número en uso en el plan de numeración de su país; compruebe los dígitos.</translation>
    </message>
</context>
<context>
    <name>tw::Plan</name>
    <message>
        <source>Plan for %1 (inbound SIP host %2):</source>
        <translation>Plan para %1 (host SIP de entrada %2):</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nada que cambiar.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to make.</source>
        <translation>
            <numerusform>%n cambio por hacer.</numerusform>
            <numerusform>%n cambios por hacer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::Planner</name>
    <message>
        <source>; leading plus on</source>
        <translation>; más inicial activado</translation>
    </message>
    <message>
        <source>; leading plus off</source>
        <translation>; más inicial desactivado</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>allow border-to-border %1, redirect unknown to border %2</source>
        <translation>permitir llamadas de frontera a frontera %1, redirigir destinos desconocidos a la frontera %2</translation>
    </message>
    <message>
        <source>The Cloudonix domain %1 is not active; calls will not flow until it is.</source>
        <translation>El dominio de Cloudonix %1 no está activo; las llamadas no fluirán hasta que lo esté.</translation>
    </message>
    <message>
        <source>%1 has no Vapi trunk yet; create it first (trunkwizard-cli service --name NAME --domain %1).</source>
        <translation>%1 aún no tiene troncal de Vapi; créelo primero (trunkwizard-cli service --name NOMBRE --domain %1).</translation>
    </message>
    <message>
        <source>Remove number %1 from Vapi (%2)</source>
        <translation>Quitar el número %1 de Vapi (%2)</translation>
    </message>
    <message>
        <source>Unbind %1 from the voice application</source>
        <translation>Desvincular %1 de la aplicación de voz</translation>
    </message>
    <message>
        <source>Remove voice application &quot;%1&quot;</source>
        <translation>Quitar la aplicación de voz «%1»</translation>
    </message>
    <message>
        <source>Remove trunk &quot;%1&quot; (%2)</source>
        <translation>Quitar el troncal «%1» (%2)</translation>
    </message>
    <message>
        <source>Remove outbound trunk &quot;%1&quot; (%2)</source>
        <translation>Quitar el troncal de salida «%1» (%2)</translation>
    </message>
    <message>
        <source>Trunk Wizard has no record of the domain settings before it changed them; they are left as they are.</source>
        <translation>Trunk Wizard no tiene registro de los ajustes del dominio antes de cambiarlos; se quedan como están.</translation>
    </message>
    <message>
        <source>Restore the domain settings of %1: %2</source>
        <translation>Restaurar los ajustes del dominio de %1: %2</translation>
    </message>
    <message>
        <source>The inbound SIP host %1 could not be resolved (%2), so its addresses for the inbound gateways are unknown; list them in trunk.inboundGateways or check DNS, then try again.</source>
        <translation>No se pudo resolver el host SIP de entrada %1 (%2), así que no se conocen sus direcciones para las pasarelas de entrada; indíquelas en trunk.inboundGateways o compruebe el DNS y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Inbound calls need the inbound IP gateways of Cloudonix; none are known yet, so only the outbound part of the trunk is set up. Add them as inbound gateways (trunk.inboundGateways in a desired state, --inbound-ip on the command line).</source>
        <translation>Las llamadas entrantes necesitan las pasarelas IP de entrada de Cloudonix; aún no se conoce ninguna, así que solo se configura la parte de salida del troncal. Añádalas como pasarelas de entrada (trunk.inboundGateways en un estado deseado, --inbound-ip en la línea de órdenes).</translation>
    </message>
    <message>
        <source>Using the trunk %1 (%2) instead.</source>
        <translation>Se usa en su lugar el troncal %1 (%2).</translation>
    </message>
    <message>
        <source>A new one will be created.</source>
        <translation>Se creará uno nuevo.</translation>
    </message>
    <message>
        <source>The trunk &quot;%1&quot; (%2) already exists in Vapi (%3); it is updated in place and its numbers are kept.</source>
        <translation>El troncal «%1» (%2) ya existe en Vapi (%3); se actualiza en su sitio y conserva sus números.</translation>
    </message>
    <message numerus="yes">
        <source>Create trunk &quot;%1&quot; with %n gateway(s)</source>
        <translation>
            <numerusform>Crear el troncal «%1» con %n pasarela</numerusform>
            <numerusform>Crear el troncal «%1» con %n pasarelas</numerusform>
        </translation>
    </message>
    <message>
        <source>Trunk &quot;%1&quot; (%2) is as wanted</source>
        <translation>El troncal «%1» (%2) está como se quiere</translation>
    </message>
    <message>
        <source>Update trunk &quot;%1&quot; (%2)</source>
        <translation>Actualizar el troncal «%1» (%2)</translation>
    </message>
    <message>
        <source>The single gateway %1 is a host name with inbound calls allowed; current Vapi accounts refuse that (&quot;SIP gateway creation failed&quot;). If Vapi refuses it, use the split gateway mode.</source>
        <translation>La pasarela única %1 es un nombre de host con llamadas entrantes permitidas; las cuentas actuales de Vapi lo rechazan («SIP gateway creation failed»). Si Vapi lo rechaza, use el modo de pasarelas separadas.</translation>
    </message>
    <message>
        <source>Gateway %1 is open for inbound and outbound calls; Cloudonix&apos;s inbound addresses only need inbound.</source>
        <translation>La pasarela %1 está abierta a llamadas entrantes y salientes; las direcciones de entrada de Cloudonix solo necesitan entrada.</translation>
    </message>
    <message>
        <source>no assistant</source>
        <translation>sin asistente</translation>
    </message>
    <message>
        <source>assistant %1</source>
        <translation>asistente %1</translation>
    </message>
    <message>
        <source>Create SIP URI number %1 (%2)</source>
        <translation>Crear el número de URI SIP %1 (%2)</translation>
    </message>
    <message>
        <source>Create number %1 on the trunk (%2)</source>
        <translation>Crear el número %1 en el troncal (%2)</translation>
    </message>
    <message>
        <source>%1 already exists in Vapi as a &quot;%2&quot; number; remove it there first, or use mode sip-uri.</source>
        <translation>%1 ya existe en Vapi como número «%2»; quítelo allí primero o use el modo sip-uri.</translation>
    </message>
    <message>
        <source>assistant %1 → %2</source>
        <translation>asistente %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 is on another trunk (%2) in Vapi; it will be moved to this domain&apos;s trunk.</source>
        <translation>%1 está en otro troncal (%2) en Vapi; se moverá al troncal de este dominio.</translation>
    </message>
    <message>
        <source>trunk %1 → this trunk</source>
        <translation>troncal %1 → este troncal</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; → &quot;%2&quot;</source>
        <translation>nombre «%1» → «%2»</translation>
    </message>
    <message>
        <source>Number %1 is as wanted (%2)</source>
        <translation>El número %1 está como se quiere (%2)</translation>
    </message>
    <message>
        <source>Update number %1: %2</source>
        <translation>Actualizar el número %1: %2</translation>
    </message>
    <message>
        <source>Remove number %1 (%2), no longer wanted</source>
        <translation>Quitar el número %1 (%2), ya no se quiere</translation>
    </message>
    <message>
        <source>Create outbound trunk &quot;%1&quot; to %2</source>
        <translation>Crear el troncal de salida «%1» hacia %2</translation>
    </message>
    <message>
        <source>The Cloudonix trunk &quot;%1&quot; is an %2 trunk; carrier trunks are outbound. Rename one of them.</source>
        <translation>El troncal de Cloudonix «%1» es un troncal de tipo %2; los troncales de operador son de salida. Cambie el nombre de uno de ellos.</translation>
    </message>
    <message>
        <source>Outbound trunk &quot;%1&quot; is as wanted (%2)</source>
        <translation>El troncal de salida «%1» está como se quiere (%2)</translation>
    </message>
    <message>
        <source>Update outbound trunk &quot;%1&quot; to %2</source>
        <translation>Actualizar el troncal de salida «%1» a %2</translation>
    </message>
    <message>
        <source>Remove outbound trunk &quot;%1&quot; (%2), no longer wanted</source>
        <translation>Quitar el troncal de salida «%1» (%2), ya no se quiere</translation>
    </message>
    <message>
        <source>Domain settings of %1 are as wanted (%2)</source>
        <translation>Los ajustes del dominio de %1 están como se quiere (%2)</translation>
    </message>
    <message>
        <source>Set domain settings of %1: %2</source>
        <translation>Definir los ajustes del dominio de %1: %2</translation>
    </message>
    <message>
        <source>Create voice application &quot;%1&quot; (%2)</source>
        <translation>Crear la aplicación de voz «%1» (%2)</translation>
    </message>
    <message>
        <source>Voice application &quot;%1&quot; is as wanted</source>
        <translation>La aplicación de voz «%1» está como se quiere</translation>
    </message>
    <message>
        <source>Update voice application &quot;%1&quot; to %2</source>
        <translation>Actualizar la aplicación de voz «%1» a %2</translation>
    </message>
    <message>
        <source>Bind %1 to voice application &quot;%2&quot;</source>
        <translation>Vincular %1 a la aplicación de voz «%2»</translation>
    </message>
    <message>
        <source>%1 is bound to &quot;%2&quot;</source>
        <translation>%1 está vinculado a «%2»</translation>
    </message>
    <message>
        <source>%1 is already bound to another Cloudonix application (%2); it was left as it is.</source>
        <translation>%1 ya está vinculado a otra aplicación de Cloudonix (%2); se dejó como estaba.</translation>
    </message>
    <message>
        <source>Unbind %1 from voice application &quot;%2&quot;, no longer wanted</source>
        <translation>Desvincular %1 de la aplicación de voz «%2», ya no se quiere</translation>
    </message>
    <message>
        <source>Cloudonix has no inbound SIP host for %1 (no auto alias and no UUID); give the trunk&apos;s gateway (&quot;Gateway IP address / FQDN&quot;) as the host name Vapi should send calls to.</source>
        <translation>Cloudonix no tiene host SIP de entrada para %1 (ni alias automático ni UUID); indique como gateway de la troncal (&quot;Gateway IP address / FQDN&quot;) el nombre de host al que Vapi debe enviar las llamadas.</translation>
    </message>
</context>
<context>
    <name>tw::ProbeOperation</name>
    <message>
        <source>%1 is not set up on this computer: run the wizard (or trunkwizard-cli apply) first, or name the domain as it was set up.</source>
        <translation>%1 no está configurado en este equipo: ejecute antes el asistente (o trunkwizard-cli apply) o nombre el dominio tal como se configuró.</translation>
    </message>
    <message>
        <source>%1 has no trunk and no inbound SIP host recorded: verify the domain in the wizard first.</source>
        <translation>%1 no tiene registrados ni troncal ni host SIP de entrada: verifique primero el dominio en el asistente.</translation>
    </message>
    <message>
        <source>Reading the trunk&apos;s gateways from Vapi…</source>
        <translation>Leyendo en Vapi las pasarelas del troncal…</translation>
    </message>
    <message>
        <source>Asking the gateway over SIP</source>
        <translation>Preguntando a la pasarela por SIP</translation>
    </message>
    <message>
        <source>Asking %1 gateways over SIP</source>
        <translation>Preguntando por SIP a %1 pasarelas</translation>
    </message>
    <message>
        <source> (one that stays silent is given up after %1 s)…</source>
        <translation> (una que se queda en silencio se da por perdida tras %1 s)…</translation>
    </message>
</context>
<context>
    <name>tw::ProbeReport</name>
    <message>
        <source>The SIP check was cancelled.</source>
        <translation>La comprobación SIP se canceló.</translation>
    </message>
    <message>
        <source>The trunk has no gateway to check.</source>
        <translation>El troncal no tiene ninguna pasarela que comprobar.</translation>
    </message>
    <message>
        <source>Every gateway answers SIP (1 address checked).</source>
        <translation>Todas las pasarelas responden por SIP (1 dirección comprobada).</translation>
    </message>
    <message>
        <source>Every gateway answers SIP (%1 addresses checked).</source>
        <translation>Todas las pasarelas responden por SIP (%1 direcciones comprobadas).</translation>
    </message>
    <message>
        <source>No gateway passes the SIP check: calls through this trunk cannot work until this is fixed.</source>
        <translation>Ninguna pasarela supera la comprobación SIP: las llamadas por este troncal no pueden funcionar hasta que se corrija.</translation>
    </message>
    <message>
        <source>%1 of %2 gateway addresses fail the SIP check: calls through them fail.</source>
        <translation>%1 de %2 direcciones de pasarela no superan la comprobación SIP: las llamadas a través de ellas fallan.</translation>
    </message>
</context>
<context>
    <name>tw::Provisioner</name>
    <message>
        <source>Reading %1 from Cloudonix and Vapi…</source>
        <translation>Leyendo %1 en Cloudonix y Vapi…</translation>
    </message>
    <message>
        <source>Looking up the addresses of %1…</source>
        <translation>Buscando las direcciones de %1…</translation>
    </message>
    <message>
        <source>reading the current state</source>
        <translation>al leer el estado actual</translation>
    </message>
    <message>
        <source>%1 was changed by another run after this plan was made; nothing was changed. Plan again.</source>
        <translation>Otra ejecución cambió %1 después de hacer este plan; no se cambió nada. Vuelva a planificar.</translation>
    </message>
    <message>
        <source>The changes were made and recorded, but what was wanted could not be saved for later comparison: %1</source>
        <translation>Los cambios se hicieron y se registraron, pero lo deseado no se pudo guardar para compararlo más tarde: %1</translation>
    </message>
    <message>
        <source>%1 is not configured in Trunk Wizard, so there is nothing of it to remove.</source>
        <translation>%1 no está configurado en Trunk Wizard, así que no hay nada suyo que quitar.</translation>
    </message>
    <message>
        <source>%1 is not configured in Trunk Wizard; run configure first.</source>
        <translation>%1 no está configurado en Trunk Wizard; ejecute primero configure.</translation>
    </message>
    <message>
        <source>A run that stopped mid-way was creating this (%1) %2 s ago; waiting up to %3 s for it to show, so it is not made twice…</source>
        <translation>Una ejecución interrumpida estaba creando esto (%1) hace %2 s; se espera hasta %3 s a que aparezca, para no crearlo dos veces…</translation>
    </message>
    <message>
        <source>Reading back what already exists to take it over: %1</source>
        <translation>Leyendo lo que ya existe para adoptarlo: %1</translation>
    </message>
    <message>
        <source>reading back what already exists</source>
        <translation>leyendo lo que ya existe</translation>
    </message>
</context>
<context>
    <name>tw::ProvisioningEngine</name>
    <message>
        <source>recording the start of the run</source>
        <translation>al registrar el inicio de la ejecución</translation>
    </message>
    <message>
        <source>Trunk Wizard could not record the change, so it stopped: %1</source>
        <translation>Trunk Wizard no pudo registrar el cambio, así que se detuvo: %1</translation>
    </message>
    <message>
        <source>%1 answered that %2 already exists, yet it was not found when read back; nothing was taken over. Run the apply again in a minute; if this repeats, send the details to support.</source>
        <translation>%1 respondió que %2 ya existe, pero no se encontró al volver a leerlo; no se adoptó nada. Ejecute apply de nuevo dentro de un minuto; si se repite, envíe los detalles al soporte.</translation>
    </message>
</context>
<context>
    <name>tw::RecordStore</name>
    <message>
        <source>Qt&apos;s SQLite driver is missing (package libqt6sql6-sqlite); Trunk Wizard cannot keep its records.</source>
        <translation>Falta el controlador SQLite de Qt (paquete libqt6sql6-sqlite); Trunk Wizard no puede llevar sus registros.</translation>
    </message>
    <message>
        <source>The records file %1 could not be opened (%2).</source>
        <translation>No se pudo abrir el archivo de registros %1 (%2).</translation>
    </message>
    <message>
        <source>The records file %1 could not be opened (%2); check the disk&apos;s free space and the folder&apos;s permissions.</source>
        <translation>No se pudo abrir el archivo de registros %1 (%2); compruebe el espacio libre del disco y los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>The records file %1 was written by a newer Trunk Wizard (schema %2; this version knows up to %3); update Trunk Wizard. The file was left unchanged.</source>
        <translation>El archivo de registros %1 lo escribió un Trunk Wizard más reciente (esquema %2; esta versión conoce hasta %3); actualice Trunk Wizard. El archivo no se modificó.</translation>
    </message>
    <message>
        <source>upgrading the records file</source>
        <translation>al actualizar el archivo de registros</translation>
    </message>
    <message>
        <source>The records file %1 is not open.</source>
        <translation>El archivo de registros %1 no está abierto.</translation>
    </message>
    <message>
        <source>The records file %1 could not be written while %2 (%3); check the disk and its permissions.</source>
        <translation>No se pudo escribir el archivo de registros %1 %2 (%3); compruebe el disco y sus permisos.</translation>
    </message>
    <message>
        <source>The records file %1 could not be written while %2 (%3); nothing of it was saved. Free some disk space or check the folder&apos;s permissions, then try again.</source>
        <translation>No se pudo escribir el archivo de registros %1 %2 (%3); no se guardó nada. Libere espacio en disco o compruebe los permisos de la carpeta, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The records file %1 could not be read (%2).</source>
        <translation>No se pudo leer el archivo de registros %1 (%2).</translation>
    </message>
    <message>
        <source>recording a step</source>
        <translation>al registrar un paso</translation>
    </message>
    <message>
        <source>saving the records</source>
        <translation>al guardar los registros</translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation>al registrar %1</translation>
    </message>
</context>
<context>
    <name>tw::ReportOperation</name>
    <message>
        <source>all domains</source>
        <translation>todos los dominios</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n domain(s)…</source>
        <translation>
            <numerusform>Leyendo %n dominio…</numerusform>
            <numerusform>Leyendo %n dominios…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::ReportPreviewDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Report of all domains</source>
        <translation>Informe de todos los dominios</translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation>Informe de %1</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>HTML (printable)</source>
        <translation>HTML (imprimible)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Markdown (for a support ticket)</source>
        <translation>Markdown (para una incidencia de soporte)</translation>
    </message>
    <message>
        <source>CSV (one row per number)</source>
        <translation>CSV (una fila por número)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Reading Cloudonix and Vapi for the report…</source>
        <translation>Leyendo Cloudonix y Vapi para el informe…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>The report is not ready yet.</source>
        <translation>El informe aún no está listo.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1 (%2).</source>
        <translation>No se pudo guardar el informe en %1 (%2).</translation>
    </message>
</context>
<context>
    <name>tw::ReportRenderer</name>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Cloudonix</source>
        <translation>Cloudonix</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Inbound SIP host</source>
        <translation>Host SIP de entrada</translation>
    </message>
    <message>
        <source>Auto alias</source>
        <translation>Alias automático</translation>
    </message>
    <message>
        <source>Allow border-to-border calls</source>
        <translation>Permitir llamadas de frontera a frontera</translation>
    </message>
    <message>
        <source>Redirect unknown destination to border</source>
        <translation>Redirigir destinos desconocidos a la frontera</translation>
    </message>
    <message>
        <source>Outbound trunks</source>
        <translation>Troncales de salida</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>not in the keychain</source>
        <translation>no está en el llavero</translation>
    </message>
    <message>
        <source>Vapi</source>
        <translation>Vapi</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>SIP trunk</source>
        <translation>Troncal SIP</translation>
    </message>
    <message>
        <source>Leading plus for outbound calls</source>
        <translation>Más inicial en llamadas salientes</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Pasarelas</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Options ping</source>
        <translation>Ping de OPTIONS</translation>
    </message>
    <message>
        <source>No gateways.</source>
        <translation>Sin pasarelas.</translation>
    </message>
    <message>
        <source>Not read (no live state).</source>
        <translation>No leído (sin estado en vivo).</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Vapi id</source>
        <translation>Id de Vapi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>No numbers.</source>
        <translation>Sin números.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>None: everything is as last applied.</source>
        <translation>Ninguno: todo está como se aplicó por última vez.</translation>
    </message>
    <message>
        <source>drift</source>
        <translation>desviación</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Last test calls</source>
        <translation>Últimas llamadas de prueba</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Vapi&apos;s reason</source>
        <translation>Motivo de Vapi</translation>
    </message>
    <message>
        <source>No test calls yet.</source>
        <translation>Aún no hay llamadas de prueba.</translation>
    </message>
    <message>
        <source>SIP checks of the gateways</source>
        <translation>Comprobaciones SIP de las pasarelas</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Ida y vuelta</translation>
    </message>
    <message>
        <source>No SIP check yet.</source>
        <translation>Aún no hay comprobación SIP.</translation>
    </message>
    <message>
        <source>(earlier check)</source>
        <translation>(comprobación anterior)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Change journal</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>No hay cambios registrados.</translation>
    </message>
    <message>
        <source>Report %1, generated %2 UTC (%3 local time) by %4; scope: %5.</source>
        <translation>Informe %1, generado el %2 UTC (%3 hora local) por %4; alcance: %5.</translation>
    </message>
    <message>
        <source># Trunk Wizard configuration report</source>
        <translation># Informe de configuración de Trunk Wizard</translation>
    </message>
    <message>
        <source>&gt; API keys are shown only as fingerprints: their last four characters and the start of their SHA-256 hash.</source>
        <translation>&gt; Las claves de API solo se muestran como huellas: sus cuatro últimos caracteres y el principio de su hash SHA-256.</translation>
    </message>
    <message>
        <source>Trunk Wizard report %1</source>
        <translation>Informe de Trunk Wizard %1</translation>
    </message>
    <message>
        <source>Trunk Wizard configuration report</source>
        <translation>Informe de configuración de Trunk Wizard</translation>
    </message>
    <message>
        <source>API keys are shown only as fingerprints: their last four characters and the start of their SHA-256 hash.</source>
        <translation>Las claves de API solo se muestran como huellas: sus cuatro últimos caracteres y el principio de su hash SHA-256.</translation>
    </message>
    <message>
        <source>Add the carrier&apos;s trunk in the wizard&apos;s Routing page, or in the Cloudonix console.</source>
        <translation>Añada la troncal del operador en la página Enrutamiento del asistente o en la consola de Cloudonix.</translation>
    </message>
</context>
<context>
    <name>tw::ReviewPage</name>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>As wanted</source>
        <translation>Como se quiere</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>Revise los cambios</translation>
    </message>
    <message>
        <source>This is everything Trunk Wizard will do. Nothing has been changed yet; Apply makes it so.</source>
        <translation>Esto es todo lo que hará Trunk Wizard. Todavía no se ha cambiado nada; «Aplicar» lo lleva a cabo.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Cambios previstos</translation>
    </message>
    <message>
        <source>Reading Cloudonix and Vapi…</source>
        <translation>Leyendo Cloudonix y Vapi…</translation>
    </message>
    <message>
        <source>Some of what you entered cannot be used; go back and correct it.</source>
        <translation>Parte de lo que introdujo no se puede usar; vuelva atrás y corríjalo.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>antes: %1</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>después: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n already as wanted</source>
        <translation>
            <numerusform>%n ya como se quiere</numerusform>
            <numerusform>%n ya como se quiere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n cambio</numerusform>
            <numerusform>%1: %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is already as wanted; Apply only records it.</source>
        <translation>Todo está ya como se quiere; «Aplicar» solo lo registra.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to make.</source>
        <translation>
            <numerusform>%n cambio por hacer.</numerusform>
            <numerusform>%n cambios por hacer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::RoutingPage</name>
    <message>
        <source>Route calls on Cloudonix</source>
        <translation>Enrutar las llamadas en Cloudonix</translation>
    </message>
    <message>
        <source>Cloudonix passes calls between Vapi and the phone network; these settings let it.</source>
        <translation>Cloudonix pasa las llamadas entre Vapi y la red telefónica; estos ajustes se lo permiten.</translation>
    </message>
    <message>
        <source>A&amp;llow border-to-border calls (recommended)</source>
        <translation>Permitir &amp;llamadas de frontera a frontera (recomendado)</translation>
    </message>
    <message>
        <source>&amp;Redirect unknown destination to border (recommended)</source>
        <translation>&amp;Redirigir destinos desconocidos a la frontera (recomendado)</translation>
    </message>
    <message>
        <source>Add &amp;carrier trunk</source>
        <translation>Añadir &amp;troncal de operador</translation>
    </message>
    <message>
        <source>Lets a call that arrives from one external system (Vapi) leave to another (a carrier).</source>
        <translation>Deja que una llamada que llega de un sistema externo (Vapi) salga hacia otro (un operador).</translation>
    </message>
    <message>
        <source>Sends a call to a number the domain does not know out to the border (Vapi&apos;s outbound calls to the phone network).</source>
        <translation>Envía a la frontera una llamada a un número que el dominio no conoce (las llamadas salientes de Vapi hacia la red telefónica).</translation>
    </message>
    <message>
        <source>optional: https://your-server.example.com/vapi.xml</source>
        <translation>opcional: https://su-servidor.example.com/vapi.xml</translation>
    </message>
    <message>
        <source>CXML application &amp;URL:</source>
        <translation>&amp;URL de la aplicación CXML:</translation>
    </message>
    <message>
        <source>CXML each number gets:</source>
        <translation>CXML que recibe cada número:</translation>
    </message>
    <message>
        <source>Outbound carrier trunks</source>
        <translation>Troncales de operador de salida</translation>
    </message>
    <message>
        <source>Vapi&apos;s outbound calls reach the phone network through a carrier trunk on the domain (the guide&apos;s example: Telnyx).</source>
        <translation>Las llamadas salientes de Vapi llegan a la red telefónica a través de un troncal de operador en el dominio (el ejemplo de la guía: Telnyx).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port / transport</source>
        <translation>Puerto / transporte</translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation>Gestionado por</translation>
    </message>
    <message>
        <source>⚠ The domain has no outbound trunk yet, so Vapi&apos;s outbound calls have nowhere to go. Add your carrier&apos;s trunk below, or later.</source>
        <translation>⚠ El dominio aún no tiene troncal de salida, así que las llamadas salientes de Vapi no tienen adónde ir. Añada abajo el troncal de su operador, o más tarde.</translation>
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
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Pu&amp;erto:</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>Transp&amp;orte:</translation>
    </message>
    <message>
        <source>Carrier %1</source>
        <translation>Operador %1</translation>
    </message>
    <message>
        <source>Trunk Wizard</source>
        <translation>Trunk Wizard</translation>
    </message>
    <message>
        <source>already on the domain</source>
        <translation>ya en el dominio</translation>
    </message>
    <message>
        <source>Carrier trunk</source>
        <translation>Troncal del operador</translation>
    </message>
    <message>
        <source>A carrier trunk named &quot;%1&quot; is already in the list.</source>
        <translation>Ya hay en la lista un troncal de operador llamado «%1».</translation>
    </message>
    <message>
        <source>⚠ Enter a full http:// or https:// address, or leave it empty.</source>
        <translation>⚠ Introduzca una dirección http:// o https:// completa, o déjelo vacío.</translation>
    </message>
    <message>
        <source>Ho&amp;st:</source>
        <translation>&amp;Host:</translation>
    </message>
</context>
<context>
    <name>tw::SandboxBanner</name>
    <message>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; nothing is sent to Cloudonix or Vapi. Accounts, numbers and calls here are simulated on this computer.</source>
        <translation>&lt;b&gt;Entorno de pruebas:&lt;/b&gt; no se envía nada a Cloudonix ni a Vapi. Las cuentas, los números y las llamadas de aquí se simulan en este equipo.</translation>
    </message>
    <message>
        <source>Simulated APIs at %1</source>
        <translation>API simuladas en %1</translation>
    </message>
</context>
<context>
    <name>tw::SecretLineEdit</name>
    <message>
        <source>Hide key</source>
        <translation>Ocultar la clave</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Mostrar la clave</translation>
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
        <translation>el dominio de Cloudonix %1</translation>
    </message>
    <message>
        <source>Vapi (%1 region)</source>
        <translation>Vapi (región %1)</translation>
    </message>
</context>
<context>
    <name>tw::SettingsDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>A&amp;pariencia:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>High contrast shows white text and edges on black, with a yellow focus mark.</source>
        <translation>El alto contraste muestra texto y bordes blancos sobre negro, con una marca de foco amarilla.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Used the next time Trunk Wizard starts, by the app and trunkwizard-cli.</source>
        <translation>Se usa la próxima vez que se inicie Trunk Wizard, en la aplicación y en trunkwizard-cli.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Request timeout:</source>
        <translation>&amp;Tiempo límite de solicitud:</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Tiempo límite de solicitud</translation>
    </message>
    <message>
        <source>How long one request to Cloudonix or Vapi may take before it is tried again or reported.</source>
        <translation>Cuánto puede tardar una solicitud a Cloudonix o Vapi antes de reintentarla o informar del fallo.</translation>
    </message>
    <message>
        <source>None: only the system&apos;s certificate authorities</source>
        <translation>Ninguno: solo las autoridades de certificación del sistema</translation>
    </message>
    <message>
        <source>Private &amp;CA certificate:</source>
        <translation>Certificado de &amp;CA privado:</translation>
    </message>
    <message>
        <source>Private CA certificate</source>
        <translation>Certificado de CA privado</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Elegir un archivo de certificado de CA</translation>
    </message>
    <message>
        <source>Clear the CA certificate</source>
        <translation>Borrar el certificado de CA</translation>
    </message>
    <message>
        <source>Only for a network whose HTTPS proxy inspects traffic: its CA certificate (PEM or DER) is trusted in addition to the system&apos;s. Certificates are always checked.</source>
        <translation>Solo para una red cuyo proxy HTTPS inspecciona el tráfico: su certificado de CA (PEM o DER) se acepta además de los del sistema. Los certificados siempre se comprueban.</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>Elija el certificado de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
    <message>
        <source>Settings saved. The CA certificate in %1 is trusted from now on.</source>
        <translation>Ajustes guardados. A partir de ahora se confía en el certificado de CA de %1.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>tw::SetupWizard</name>
    <message>
        <source>Set up a domain</source>
        <translation>Configurar un dominio</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>The glossary: SIP trunk, gateway, options ping, leading plus and the other terms, in plain words (F1)</source>
        <translation>El glosario: troncal SIP, pasarela, ping de OPTIONS, más inicial y los demás términos, en palabras sencillas (F1)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
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
        <translation>Troncal SIP</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Enrutamiento</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
</context>
<context>
    <name>tw::SipCheckRow</name>
    <message>
        <source>Chec&amp;k again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Check the gateway again</source>
        <translation>Comprobar de nuevo la pasarela</translation>
    </message>
    <message>
        <source>Send SIP OPTIONS to the gateway from this computer</source>
        <translation>Enviar SIP OPTIONS a la pasarela desde este equipo</translation>
    </message>
    <message>
        <source>Checks %1 in a moment…</source>
        <translation>Se comprobará %1 en un momento…</translation>
    </message>
    <message>
        <source>Asking %1 over SIP…</source>
        <translation>Preguntando a %1 por SIP…</translation>
    </message>
    <message>
        <source> This computer&apos;s network may block SIP where Vapi&apos;s does not; you can go on.</source>
        <translation> Puede que la red de este equipo bloquee SIP donde la de Vapi no lo hace; puede continuar.</translation>
    </message>
    <message>
        <source>✓ The gateway answers SIP (%1, %2 ms).</source>
        <translation>✓ La pasarela responde por SIP (%1, %2 ms).</translation>
    </message>
    <message>
        <source>✓ The gateway answers SIP at each of its %1 addresses (slowest %2 ms).</source>
        <translation>✓ La pasarela responde por SIP en cada una de sus %1 direcciones (la más lenta, %2 ms).</translation>
    </message>
</context>
<context>
    <name>tw::SipMessage</name>
    <message>
        <source>out of memory</source>
        <translation>sin memoria</translation>
    </message>
    <message>
        <source>not a SIP message</source>
        <translation>no es un mensaje SIP</translation>
    </message>
    <message>
        <source>a SIP message without Via, CSeq or Call-ID</source>
        <translation>un mensaje SIP sin Via, CSeq ni Call-ID</translation>
    </message>
    <message>
        <source>a SIP message without a start line</source>
        <translation>un mensaje SIP sin línea inicial</translation>
    </message>
    <message>
        <source>%1 is not a SIP address</source>
        <translation>%1 no es una dirección SIP</translation>
    </message>
    <message>
        <source>a header of the SIP request could not be written</source>
        <translation>no se pudo escribir una cabecera de la solicitud SIP</translation>
    </message>
</context>
<context>
    <name>tw::SipOptionsTransaction</name>
    <message>
        <source>the answer could not be framed as SIP</source>
        <translation>la respuesta no se pudo delimitar como SIP</translation>
    </message>
    <message>
        <source>the connection was closed without an answer</source>
        <translation>la conexión se cerró sin respuesta</translation>
    </message>
</context>
<context>
    <name>tw::SipProbeResult</name>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inalcanzable</translation>
    </message>
    <message>
        <source>not in DNS</source>
        <translation>no está en el DNS</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>falló TLS</translation>
    </message>
    <message>
        <source>not SIP</source>
        <translation>no es SIP</translation>
    </message>
    <message>
        <source>not a SIP address</source>
        <translation>no es una dirección SIP</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms (%3).</source>
        <translation>%1 respondió por SIP en %2 ms (%3).</translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms and asked for credentials (%3): it is reachable, and accepts calls only from its trunk partners.</source>
        <translation>%1 respondió por SIP en %2 ms y pidió credenciales (%3): es alcanzable y solo acepta llamadas de sus socios de troncal.</translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms but refuses this computer (%3): it is reachable; a gateway usually accepts only its trunk partners&apos; addresses, so this is expected.</source>
        <translation>%1 respondió por SIP en %2 ms pero rechaza este equipo (%3): es alcanzable; una pasarela suele aceptar solo las direcciones de sus socios de troncal, así que es lo esperado.</translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms but does not know the address asked for (%3): check that the gateway is the domain&apos;s inbound SIP host.</source>
        <translation>%1 respondió por SIP en %2 ms pero no conoce la dirección preguntada (%3): compruebe que la pasarela es el host SIP de entrada del dominio.</translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms (%3): it is reachable.</source>
        <translation>%1 respondió por SIP en %2 ms (%3): es alcanzable.</translation>
    </message>
    <message>
        <source>%1 answered but is unavailable (%2): the SIP server is overloaded or down for maintenance; try again in a few minutes, and if it stays so, ask Cloudonix support.</source>
        <translation>%1 respondió pero no está disponible (%2): el servidor SIP está sobrecargado o en mantenimiento; inténtelo en unos minutos y, si sigue así, consulte al soporte de Cloudonix.</translation>
    </message>
    <message>
        <source>%1 answered with a server failure (%2): try again in a few minutes, and if it stays so, ask Cloudonix support.</source>
        <translation>%1 respondió con un fallo del servidor (%2): inténtelo en unos minutos y, si sigue así, consulte al soporte de Cloudonix.</translation>
    </message>
    <message>
        <source>%1 did not answer (%2): the host, port or transport may be wrong, a firewall may drop SIP, or the server is down. Check the gateway&apos;s port and protocol, and that this network lets SIP out (UDP or TCP 5060, TLS 5061).</source>
        <translation>%1 no respondió (%2): puede que el host, el puerto o el transporte sean incorrectos, que un cortafuegos descarte SIP o que el servidor esté caído. Compruebe el puerto y el protocolo de la pasarela, y que esta red deja salir SIP (UDP o TCP 5060, TLS 5061).</translation>
    </message>
    <message>
        <source>1 try</source>
        <translation>1 intento</translation>
    </message>
    <message>
        <source>%1 tries</source>
        <translation>%1 intentos</translation>
    </message>
    <message>
        <source>%1 refused: nothing takes SIP on that port. Check the gateway&apos;s port and protocol (UDP or TCP 5060, TLS 5061).</source>
        <translation>%1 rechazó: nada atiende SIP en ese puerto. Compruebe el puerto y el protocolo de la pasarela (UDP o TCP 5060, TLS 5061).</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer: check the network connection and any firewall.</source>
        <translation>%1 no es alcanzable desde este equipo: compruebe la conexión de red y cualquier cortafuegos.</translation>
    </message>
    <message>
        <source>%1 has no address in DNS: check the host name for typos; the domain&apos;s inbound SIP host is on the Cloudonix page.</source>
        <translation>%1 no tiene dirección en el DNS: compruebe que el nombre de host no tiene erratas; el host SIP de entrada del dominio figura en la página de Cloudonix.</translation>
    </message>
    <message>
        <source>%1 failed the TLS handshake: check the port (TLS is usually 5061) and, behind a TLS-inspecting proxy, add its CA in Settings.</source>
        <translation>%1 falló en la negociación TLS: compruebe el puerto (TLS suele ser 5061) y, detrás de un proxy que inspecciona TLS, añada su CA en Ajustes.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not SIP: another service listens on that port. Check the gateway&apos;s port.</source>
        <translation>%1 respondió con algo que no es SIP: otro servicio escucha en ese puerto. Compruebe el puerto de la pasarela.</translation>
    </message>
    <message>
        <source>%1 cannot be asked: its host is not a valid SIP address. Check the gateway for typos.</source>
        <translation>No se puede preguntar a %1: su host no es una dirección SIP válida. Compruebe que la pasarela no tiene erratas.</translation>
    </message>
    <message>
        <source>%1 was not checked: the probe was cancelled.</source>
        <translation>%1 no se comprobó: la prueba se canceló.</translation>
    </message>
</context>
<context>
    <name>tw::SipTarget</name>
    <message>
        <source>%1:%2 over %3</source>
        <translation>%1:%2 por %3</translation>
    </message>
</context>
<context>
    <name>tw::SipUdpChannel</name>
    <message>
        <source>%1 is not an IPv4 address</source>
        <translation>%1 no es una dirección IPv4</translation>
    </message>
</context>
<context>
    <name>tw::StaticHostResolver</name>
    <message>
        <source>%1 is not a known host</source>
        <translation>%1 no es un host conocido</translation>
    </message>
</context>
<context>
    <name>tw::StatusRefreshOperation</name>
    <message>
        <source>Reading the keys…</source>
        <translation>Leyendo las claves…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>La comprobación se canceló.</translation>
    </message>
    <message>
        <source>Reading the Vapi account…</source>
        <translation>Leyendo la cuenta de Vapi…</translation>
    </message>
    <message>
        <source>Checked %1 of %2 domains…</source>
        <translation>Comprobados %1 de %2 dominios…</translation>
    </message>
</context>
<context>
    <name>tw::StepList</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>paso actual</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pendiente</translation>
    </message>
</context>
<context>
    <name>tw::SummaryCard</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>tw::SyncOperation</name>
    <message>
        <source>Reading Vapi&apos;s numbers…</source>
        <translation>Leyendo los números de Vapi…</translation>
    </message>
    <message>
        <source>Reading Vapi&apos;s trunks…</source>
        <translation>Leyendo los troncales de Vapi…</translation>
    </message>
    <message>
        <source>%1: trunk %2 is gone from Vapi; forgotten.</source>
        <translation>%1: el troncal %2 ya no está en Vapi; olvidado.</translation>
    </message>
    <message>
        <source>%1: trunk &quot;%2&quot; (%3) %4; recorded.</source>
        <translation>%1: troncal «%2» (%3) %4; registrado.</translation>
    </message>
    <message>
        <source>%1: number %2 is gone from Vapi; forgotten.</source>
        <translation>%1: el número %2 ya no está en Vapi; olvidado.</translation>
    </message>
    <message>
        <source>%1: number %2 found on the trunk; recorded.</source>
        <translation>%1: número %2 encontrado en el troncal; registrado.</translation>
    </message>
</context>
<context>
    <name>tw::TestCallDialog</name>
    <message>
        <source>&amp;Place the call</source>
        <translation>&amp;Hacer la llamada</translation>
    </message>
    <message>
        <source>Test call through %1</source>
        <translation>Llamada de prueba a través de %1</translation>
    </message>
    <message>
        <source>%1 has only SIP URI numbers, which receive calls but cannot make them: add a number on the trunk to place a test call.</source>
        <translation>%1 solo tiene números de URI SIP, que reciben llamadas pero no pueden hacerlas: añada un número en el troncal para hacer una llamada de prueba.</translation>
    </message>
    <message>
        <source>+1 212 555 0100</source>
        <translation>+1 212 555 0100</translation>
    </message>
    <message>
        <source>&amp;From number:</source>
        <translation>Número de &amp;origen:</translation>
    </message>
    <message>
        <source>&amp;To number:</source>
        <translation>Número de &amp;destino:</translation>
    </message>
    <message>
        <source>Your own phone: Vapi calls it from the number above through the trunk.</source>
        <translation>Su propio teléfono: Vapi lo llama desde el número de arriba a través del troncal.</translation>
    </message>
    <message>
        <source>&amp;Assistant (name or id):</source>
        <translation>&amp;Asistente (nombre o id):</translation>
    </message>
    <message>
        <source>To number: %1</source>
        <translation>Número de destino: %1</translation>
    </message>
    <message>
        <source>Placing the call…</source>
        <translation>Haciendo la llamada…</translation>
    </message>
    <message>
        <source>Call status: %1</source>
        <translation>Estado de la llamada: %1</translation>
    </message>
    <message>
        <source>Vapi&apos;s reason: %1</source>
        <translation>Motivo de Vapi: %1</translation>
    </message>
</context>
<context>
    <name>tw::TestCallOperation</name>
    <message>
        <source>%1 has no number on the trunk yet: add one, then call from it.</source>
        <translation>%1 aún no tiene ningún número en el troncal: añada uno y llame desde él.</translation>
    </message>
    <message>
        <source>Call from a number on the trunk instead: %1.</source>
        <translation>Llame en su lugar desde un número del troncal: %1.</translation>
    </message>
    <message>
        <source>Call from a number on the trunk instead: %1 or one of %2 more.</source>
        <translation>Llame en su lugar desde un número del troncal: %1 u otro de %2 más.</translation>
    </message>
    <message>
        <source>%1 is a Vapi SIP URI number, which only receives calls: Vapi cannot call out from it. %2</source>
        <translation>%1 es un número de URI SIP de Vapi, que solo recibe llamadas: Vapi no puede llamar desde él. %2</translation>
    </message>
    <message>
        <source>%1 is not a number of %2 that Trunk Wizard set up; give its Vapi id instead.</source>
        <translation>%1 no es un número de %2 configurado por Trunk Wizard; indique en su lugar su id de Vapi.</translation>
    </message>
    <message>
        <source>Finding the number and the assistant…</source>
        <translation>Buscando el número y el asistente…</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Llamando a %1…</translation>
    </message>
</context>
<context>
    <name>tw::TestCallResult</name>
    <message>
        <source>The test call %1 had not ended when the wait ran out (last status: %2).</source>
        <translation>La llamada de prueba %1 no había terminado cuando se acabó la espera (último estado: %2).</translation>
    </message>
</context>
<context>
    <name>tw::Troubleshooter</name>
    <message>
        <source>No Vapi SIP trunk is set up for %1: run the wizard (or trunkwizard-cli apply) to create it.</source>
        <translation>No hay ningún troncal SIP de Vapi configurado para %1: ejecute el asistente (o trunkwizard-cli apply) para crearlo.</translation>
    </message>
    <message>
        <source>The Vapi trunk recorded for %1 (%2) is gone from Vapi: run the wizard (or trunkwizard-cli apply) to create it again.</source>
        <translation>El troncal de Vapi registrado para %1 (%2) ya no está en Vapi: ejecute el asistente (o trunkwizard-cli apply) para crearlo de nuevo.</translation>
    </message>
    <message>
        <source>Gateway %1 is a host name with &quot;Allow inbound calls&quot; on, and Vapi accepts inbound calls only from IP addresses: turn inbound off on it and add its IPv4 addresses as inbound gateways (the wizard&apos;s SIP trunk page does both).</source>
        <translation>La pasarela %1 es un nombre de host con «Permitir llamadas entrantes» activado, y Vapi solo acepta llamadas entrantes de direcciones IP: desactive la entrada en ella y añada sus direcciones IPv4 como pasarelas de entrada (la página «Troncal SIP» del asistente hace ambas cosas).</translation>
    </message>
    <message>
        <source>The trunk has no inbound gateway with an IP address, so Vapi refuses the calls Cloudonix sends it: add the addresses of %1 as gateways with &quot;Allow inbound calls&quot; on (the wizard looks them up for you).</source>
        <translation>El troncal no tiene ninguna pasarela de entrada con dirección IP, así que Vapi rechaza las llamadas que le envía Cloudonix: añada las direcciones de %1 como pasarelas con «Permitir llamadas entrantes» activado (el asistente las busca por usted).</translation>
    </message>
    <message>
        <source>the domain&apos;s inbound SIP host</source>
        <translation>el host SIP de entrada del dominio</translation>
    </message>
    <message>
        <source>No gateway of the trunk has &quot;Allow outbound calls&quot; on, so Vapi cannot place calls through it: turn it on for %1.</source>
        <translation>Ninguna pasarela del troncal tiene «Permitir llamadas salientes» activado, así que Vapi no puede hacer llamadas por él: actívelo para %1.</translation>
    </message>
    <message>
        <source>The numbers are stored with a leading + but &quot;Enable leading plus for outbound calls&quot; is off, so Vapi sends them to Cloudonix without it: turn it on in the trunk.</source>
        <translation>Los números están guardados con + inicial, pero «Activar el más inicial en llamadas salientes» está desactivado, así que Vapi los envía a Cloudonix sin él: actívelo en el troncal.</translation>
    </message>
    <message>
        <source>%1 is no longer at Vapi: add it again (the wizard&apos;s Numbers page, or trunkwizard-cli addnumber).</source>
        <translation>%1 ya no está en Vapi: vuelva a añadirlo (la página «Números» del asistente o trunkwizard-cli addnumber).</translation>
    </message>
    <message>
        <source>%1 is on another Vapi trunk, so its calls do not use %2: apply again to move it, or remove it from the other trunk.</source>
        <translation>%1 está en otro troncal de Vapi, así que sus llamadas no usan %2: aplique de nuevo para moverlo o quítelo del otro troncal.</translation>
    </message>
    <message>
        <source>%1 has no assistant, so nobody answers its calls: attach one (the dashboard, or trunkwizard-cli addnumber --assistant).</source>
        <translation>%1 no tiene asistente, así que nadie atiende sus llamadas: asígnele uno (el panel o trunkwizard-cli addnumber --assistant).</translation>
    </message>
    <message>
        <source>The assistant attached to %1 no longer exists at Vapi, so nobody answers its calls: attach another.</source>
        <translation>El asistente asignado a %1 ya no existe en Vapi, así que nadie atiende sus llamadas: asígnele otro.</translation>
    </message>
    <message>
        <source>&quot;Allow border-to-border calls&quot; is off on %1, so Cloudonix refuses calls between Vapi and your carriers: turn it on (the wizard&apos;s Cloudonix page, or apply).</source>
        <translation>«Permitir llamadas de frontera a frontera» está desactivado en %1, así que Cloudonix rechaza las llamadas entre Vapi y sus operadores: actívelo (la página de Cloudonix del asistente, o apply).</translation>
    </message>
    <message>
        <source>&quot;Redirect unknown destination to border&quot; is off on %1, so Vapi&apos;s calls to numbers outside the domain are not passed on to a carrier: turn it on.</source>
        <translation>«Redirigir destinos desconocidos a la frontera» está desactivado en %1, así que las llamadas de Vapi a números de fuera del dominio no pasan a un operador: actívelo.</translation>
    </message>
    <message>
        <source>%1 has no outbound trunk to a carrier, so Vapi&apos;s outbound calls have nowhere to go after Cloudonix: add one (the wizard&apos;s carrier step, or Cloudonix&apos;s console).</source>
        <translation>%1 no tiene troncal de salida hacia un operador, así que las llamadas salientes de Vapi no tienen adónde ir después de Cloudonix: añada uno (el paso del operador del asistente o la consola de Cloudonix).</translation>
    </message>
    <message>
        <source>Calls to %1 are not routed to Vapi: Cloudonix has no DNID for it. Apply again with a CXML URL (the wizard&apos;s Routing page).</source>
        <translation>Las llamadas a %1 no se enrutan a Vapi: Cloudonix no tiene DNID para él. Aplique de nuevo con una URL de CXML (la página «Enrutamiento» del asistente).</translation>
    </message>
    <message>
        <source>The DNID of %1 has no CXML application, so Cloudonix does not know where its calls go: bind it to the application that dials Vapi (the wizard&apos;s Routing page).</source>
        <translation>El DNID de %1 no tiene aplicación CXML, así que Cloudonix no sabe adónde van sus llamadas: vincúlelo a la aplicación que marca a Vapi (la página «Enrutamiento» del asistente).</translation>
    </message>
</context>
<context>
    <name>tw::TrunkFinder</name>
    <message>
        <source>Vapi has no SIP trunk with the id %1.</source>
        <translation>Vapi no tiene ningún troncal SIP con el id %1.</translation>
    </message>
    <message>
        <source>The trunk %1 recorded for this domain no longer exists in Vapi.</source>
        <translation>El troncal %1 registrado para este dominio ya no existe en Vapi.</translation>
    </message>
    <message>
        <source>Vapi has %1 SIP trunks that could be the one of %2; nothing was changed. Choose one with --trunk ID (or &quot;trunk&quot;: {&quot;id&quot;: ...} in the desired state):</source>
        <translation>Vapi tiene %1 troncales SIP que podrían ser el de %2; no se cambió nada. Elija uno con --trunk ID (o &quot;trunk&quot;: {&quot;id&quot;: ...} en el estado deseado):</translation>
    </message>
    <message numerus="yes">
        <source>  %1  &quot;%2&quot;  gateways %3  %n number(s)</source>
        <translation>
            <numerusform>  %1  «%2»  pasarelas %3  %n número</numerusform>
            <numerusform>  %1  «%2»  pasarelas %3  %n números</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen by its id</source>
        <translation>elegido por su id</translation>
    </message>
    <message>
        <source>recorded by Trunk Wizard</source>
        <translation>registrado por Trunk Wizard</translation>
    </message>
    <message>
        <source>found by its gateway on the domain&apos;s inbound SIP host</source>
        <translation>encontrado por su pasarela en el host SIP de entrada del dominio</translation>
    </message>
    <message>
        <source>found by its gateway on the domain&apos;s inbound address</source>
        <translation>encontrado por su pasarela en la dirección de entrada del dominio</translation>
    </message>
    <message>
        <source>found by its name</source>
        <translation>encontrado por su nombre</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
</context>
<context>
    <name>tw::TrunkPage</name>
    <message>
        <source>Set up the SIP trunk</source>
        <translation>Configure el troncal SIP</translation>
    </message>
    <message>
        <source>Vapi sends and receives calls through this trunk; its gateway is your Cloudonix domain&apos;s inbound SIP host.</source>
        <translation>Vapi envía y recibe llamadas por este troncal; su pasarela es el host SIP de entrada de su dominio de Cloudonix.</translation>
    </message>
    <message>
        <source>Allow &amp;inbound calls</source>
        <translation>Permitir llamadas &amp;entrantes</translation>
    </message>
    <message>
        <source>Allow &amp;outbound calls</source>
        <translation>Permitir llamadas sa&amp;lientes</translation>
    </message>
    <message>
        <source>Enable o&amp;ptions ping</source>
        <translation>Activar el pin&amp;g de OPTIONS</translation>
    </message>
    <message>
        <source>Enable &amp;leading plus for outbound calls</source>
        <translation>Activar el &amp;más inicial en llamadas salientes</translation>
    </message>
    <message>
        <source>Trunk to use</source>
        <translation>Troncal que usar</translation>
    </message>
    <message>
        <source>T&amp;runk name:</source>
        <translation>Nom&amp;bre del troncal:</translation>
    </message>
    <message>
        <source>&amp;Gateway IP address / FQDN:</source>
        <translation>Dirección IP / FQDN de la &amp;pasarela:</translation>
    </message>
    <message>
        <source>Where Vapi sends calls: your domain&apos;s inbound SIP host, &lt;alias&gt;.sip.cloudonix.net.</source>
        <translation>Adónde envía Vapi las llamadas: el host SIP de entrada de su dominio, &lt;alias&gt;.sip.cloudonix.net.</translation>
    </message>
    <message>
        <source>SIP check:</source>
        <translation>Comprobación SIP:</translation>
    </message>
    <message>
        <source>Options ping: Vapi checks every few seconds that the gateway answers SIP.</source>
        <translation>Ping de OPTIONS: Vapi comprueba cada pocos segundos que la pasarela responde por SIP.</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>Avan&amp;zado</translation>
    </message>
    <message>
        <source>Vapi adds the + of E.164 to the numbers it dials: 12127773456 goes out as +12127773456, 442071234567 as +442071234567. Cloudonix expects E.164, so keep it on.</source>
        <translation>Vapi añade el + de E.164 a los números que marca: 12127773456 sale como +12127773456 y 442071234567 como +442071234567. Cloudonix espera E.164, así que déjelo activado.</translation>
    </message>
    <message>
        <source>Split: outbound host gateway, inbound IP gateways</source>
        <translation>Separadas: pasarela de salida por host, pasarelas de entrada por IP</translation>
    </message>
    <message>
        <source>Single: one gateway for both (older Vapi accounts)</source>
        <translation>Única: una pasarela para ambas (cuentas de Vapi antiguas)</translation>
    </message>
    <message>
        <source>Gateway &amp;mode:</source>
        <translation>M&amp;odo de pasarela:</translation>
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
        <translation>TLS con SRTP</translation>
    </message>
    <message>
        <source>Transpor&amp;t:</source>
        <translation>&amp;Transporte:</translation>
    </message>
    <message>
        <source>&amp;SIP port:</source>
        <translation>P&amp;uerto SIP:</translation>
    </message>
    <message>
        <source>How Vapi reaches the gateway; Cloudonix answers on 5060 over UDP.</source>
        <translation>Cómo llega Vapi a la pasarela; Cloudonix responde en el 5060 por UDP.</translation>
    </message>
    <message>
        <source>One IPv4 address or range per line, e.g. 203.0.113.10 or 203.0.113.0/24</source>
        <translation>Una dirección IPv4 o rango por línea, p. ej. 203.0.113.10 o 203.0.113.0/24</translation>
    </message>
    <message>
        <source>Inbound IP gate&amp;ways:</source>
        <translation>Pasarelas IP de entra&amp;da:</translation>
    </message>
    <message>
        <source>The Cloudonix addresses that send calls to Vapi. Vapi accepts only IP addresses for inbound calls; left empty, they are looked up from the gateway&apos;s host name.</source>
        <translation>Las direcciones de Cloudonix que envían llamadas a Vapi. Vapi solo acepta direcciones IP para las llamadas entrantes; si se deja vacío, se buscan a partir del nombre de host de la pasarela.</translation>
    </message>
    <message>
        <source>Note: Looked up from %1; check them against Cloudonix&apos;s list.</source>
        <translation>Nota: buscadas a partir de %1; compárelas con la lista de Cloudonix.</translation>
    </message>
    <message>
        <source>Note: Vapi already has a trunk for this domain: &quot;%1&quot; (%2). It will be updated in place and keep its numbers; no second trunk is made.</source>
        <translation>Nota: Vapi ya tiene un troncal para este dominio: «%1» (%2). Se actualizará en su sitio y conservará sus números; no se crea un segundo troncal.</translation>
    </message>
    <message>
        <source>Note: Vapi has %1 trunks that could be this domain&apos;s. Choose the one to use; the others are left alone.</source>
        <translation>Nota: Vapi tiene %1 troncales que podrían ser de este dominio. Elija el que quiere usar; los demás no se tocan.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <source>Enter the host Vapi should send calls to.</source>
        <translation>Introduzca el host al que Vapi debe enviar las llamadas.</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Línea %1 (%2): %3</translation>
    </message>
    <message>
        <source>an IPv4 address is needed</source>
        <translation>hace falta una dirección IPv4</translation>
    </message>
</context>
<context>
    <name>tw::VapiAccountPage</name>
    <message>
        <source>Connect your Vapi organisation</source>
        <translation>Conecte su organización de Vapi</translation>
    </message>
    <message>
        <source>Trunk Wizard reads your assistants and the SIP trunks you already have; nothing is changed yet.</source>
        <translation>Trunk Wizard lee sus asistentes y los troncales SIP que ya tiene; todavía no se cambia nada.</translation>
    </message>
    <message>
        <source>V&amp;erify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Vapi &amp;API key:</source>
        <translation>&amp;Clave de API de Vapi:</translation>
    </message>
    <message>
        <source>Your private API key from the Vapi dashboard (Organization settings, API keys).</source>
        <translation>Su clave de API privada del panel de Vapi (Organization settings, API keys).</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>United States (api.vapi.ai)</source>
        <translation>Estados Unidos (api.vapi.ai)</translation>
    </message>
    <message>
        <source>Europe (api.eu.vapi.ai)</source>
        <translation>Europa (api.eu.vapi.ai)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>Checking with Vapi (US and EU)…</source>
        <translation>Comprobando con Vapi (EE. UU. y UE)…</translation>
    </message>
    <message>
        <source>Checking with Vapi…</source>
        <translation>Comprobando con Vapi…</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>SIP trunks</source>
        <translation>Troncales SIP</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
</context>
<context>
    <name>tw::VapiAssistant</name>
    <message>
        <source>Unnamed assistant (%1)</source>
        <translation>Asistente sin nombre (%1)</translation>
    </message>
</context>
<context>
    <name>tw::VapiLimits</name>
    <message>
        <source>The name is empty; Vapi needs 1 to %1 characters.</source>
        <translation>El nombre está vacío; Vapi necesita de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a control character; names are plain text.</source>
        <translation>El nombre «%1» contiene un carácter de control; los nombres son texto sin formato.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; has %2 characters; Vapi allows at most %3.</source>
        <translation>El nombre «%1» tiene %2 caracteres; Vapi admite como máximo %3.</translation>
    </message>
    <message>
        <source>The netmask /%1 is outside what Vapi accepts (/%2 to /%3).</source>
        <translation>La máscara de red /%1 está fuera de lo que acepta Vapi (/%2 a /%3).</translation>
    </message>
    <message>
        <source>The port %1 is outside %2 to %3.</source>
        <translation>El puerto %1 está fuera del intervalo de %2 a %3.</translation>
    </message>
</context>
<context>
    <name>tw::VerifyCloudonixOperation</name>
    <message>
        <source>Checking the Cloudonix API key…</source>
        <translation>Comprobando la clave de API de Cloudonix…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Reading the trunks of %1…</source>
        <translation>Leyendo los troncales de %1…</translation>
    </message>
</context>
<context>
    <name>tw::VerifyVapiOperation</name>
    <message>
        <source>Checking the Vapi API key…</source>
        <translation>Comprobando la clave de API de Vapi…</translation>
    </message>
</context>
<context>
    <name>tw::WelcomePage</name>
    <message>
        <source>Connect a Cloudonix domain to Vapi</source>
        <translation>Conectar un dominio de Cloudonix con Vapi</translation>
    </message>
    <message>
        <source>Trunk Wizard sets up a Vapi SIP trunk to your Cloudonix domain, the domain&apos;s routing and your numbers, and checks every step. Nothing is changed until you confirm the plan.</source>
        <translation>Trunk Wizard configura un troncal SIP de Vapi hacia su dominio de Cloudonix, el enrutamiento del dominio y sus números, y comprueba cada paso. No se cambia nada hasta que usted confirme el plan.</translation>
    </message>
    <message>
        <source>Continue setting up</source>
        <translation>Continuar la configuración</translation>
    </message>
    <message>
        <source>Set up a connection</source>
        <translation>Configurar una conexión</translation>
    </message>
    <message>
        <source>Enter your Cloudonix and Vapi keys, then choose the trunk and numbers.</source>
        <translation>Introduzca sus claves de Cloudonix y Vapi y luego elija el troncal y los números.</translation>
    </message>
    <message>
        <source>Import my cx-vcc setup</source>
        <translation>Importar mi configuración de cx-vcc</translation>
    </message>
    <message>
        <source>Read ~/.cx-vcc/config.yaml, move its keys into the keychain and continue with its domain.</source>
        <translation>Leer ~/.cx-vcc/config.yaml, pasar sus claves al llavero y continuar con su dominio.</translation>
    </message>
    <message>
        <source>Try it in the sandbox</source>
        <translation>Probarlo en el entorno de pruebas</translation>
    </message>
    <message>
        <source>Walk through the whole flow against simulated Cloudonix and Vapi accounts on this computer.</source>
        <translation>Recorrer todo el proceso con cuentas simuladas de Cloudonix y Vapi en este equipo.</translation>
    </message>
    <message>
        <source>This is the sandbox: the keys and domain are filled in for you, and nothing leaves this computer.</source>
        <translation>Este es el entorno de pruebas: las claves y el dominio ya están rellenados, y nada sale de este equipo.</translation>
    </message>
    <message>
        <source>Continue setting up %1</source>
        <translation>Continuar la configuración de %1</translation>
    </message>
    <message>
        <source>Left on %1. What you entered is kept; your keys come from the keychain.</source>
        <translation>Se quedó en %1. Lo que introdujo se conserva; sus claves vienen del llavero.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n domain(s) and their keys from cx-vcc.</source>
        <translation>
            <numerusform>Importado %n dominio y sus claves de cx-vcc.</numerusform>
            <numerusform>Importados %n dominios y sus claves de cx-vcc.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::WizardPageBase</name>
    <message>
        <source>The key works but could not be kept in the keychain; you will be asked for it again next time.</source>
        <translation>La clave funciona pero no se pudo guardar en el llavero; se le volverá a pedir la próxima vez.</translation>
    </message>
</context>
</TS>
