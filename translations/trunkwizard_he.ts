<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>RTL for a language written right to left, LTR otherwise.</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>tw::AccountKeysReader</name>
    <message>
        <source>No Cloudonix key of %1 is in the keychain.</source>
        <translation>אין במחזיק המפתחות מפתח Cloudonix של %1.</translation>
    </message>
    <message>
        <source>No Vapi key for the %1 region is in the keychain.</source>
        <translation>אין במחזיק המפתחות מפתח Vapi לאזור %1.</translation>
    </message>
</context>
<context>
    <name>tw::ActivityLogModel</name>
    <message>
        <source>%1 (try %2)</source>
        <translation>%1 (ניסיון %2)</translation>
    </message>
    <message>
        <source>%1 ms (waited %2 s)</source>
        <translation>%1 ms (המתנה %2 s)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>זמן</translation>
    </message>
    <message>
        <source>System</source>
        <translation>מערכת</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>שיטה</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>נתיב</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>משך</translation>
    </message>
</context>
<context>
    <name>tw::ActivityView</name>
    <message>
        <source>Co&amp;py</source>
        <translation>הע&amp;תקה</translation>
    </message>
    <message>
        <source>Filter by system, method, path or result…</source>
        <translation>סינון לפי מערכת, שיטה, נתיב או תוצאה…</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>סינון בקשות</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>העתקה</translation>
    </message>
    <message>
        <source>API requests</source>
        <translation>בקשות API</translation>
    </message>
</context>
<context>
    <name>tw::ApiError</name>
    <message>
        <source>Cloudonix did not accept the API key; copy a valid key from Cloudonix Cockpit and enter it again.</source>
        <translation>Cloudonix לא קיבלה את מפתח ה-API; יש להעתיק מפתח תקף מ-Cloudonix Cockpit ולהזין אותו שוב.</translation>
    </message>
    <message>
        <source>Vapi did not accept the API key; use the private key from the Vapi dashboard (not the public key) and enter it again.</source>
        <translation>Vapi לא קיבלה את מפתח ה-API; יש להשתמש במפתח הפרטי מלוח הבקרה של Vapi (לא במפתח הציבורי) ולהזין אותו שוב.</translation>
    </message>
    <message>
        <source>Cloudonix refused this request for the key in use; use a key of the customer account that owns the domain.</source>
        <translation>Cloudonix דחתה את הבקשה הזו עבור המפתח שבשימוש; יש להשתמש במפתח של חשבון הלקוח שהדומיין שייך לו.</translation>
    </message>
    <message>
        <source>Vapi refused this request for the key in use; check that the key belongs to the right Vapi organisation.</source>
        <translation>Vapi דחתה את הבקשה הזו עבור המפתח שבשימוש; יש לוודא שהמפתח שייך לארגון Vapi הנכון.</translation>
    </message>
    <message>
        <source>Cloudonix could not find what was asked for; check the domain name and that it belongs to this account.</source>
        <translation>Cloudonix לא מצאה את מה שהתבקש; יש לבדוק את שם הדומיין ושהוא שייך לחשבון הזה.</translation>
    </message>
    <message>
        <source>Vapi could not find what was asked for; it may have been deleted in the Vapi dashboard, so refresh the status.</source>
        <translation>Vapi לא מצאה את מה שהתבקש; ייתכן שהוא נמחק בלוח הבקרה של Vapi, לכן יש לרענן את המצב.</translation>
    </message>
    <message>
        <source>%1 rejected the request as invalid; check the values and try again.</source>
        <translation>%1 דחתה את הבקשה כלא תקינה; יש לבדוק את הערכים ולנסות שוב.</translation>
    </message>
    <message>
        <source>%1 rejected the request: %2. Correct the value and try again.</source>
        <translation>%1 דחתה את הבקשה: %2. יש לתקן את הערך ולנסות שוב.</translation>
    </message>
    <message>
        <source>%1 reported a conflict with something that already exists; refresh the status and try again.</source>
        <translation>%1 דיווחה על התנגשות עם משהו שכבר קיים; יש לרענן את המצב ולנסות שוב.</translation>
    </message>
    <message>
        <source>%1 is limiting how fast requests may be sent; wait a minute and try again.</source>
        <translation>%1 מגבילה את קצב הבקשות; יש להמתין דקה ולנסות שוב.</translation>
    </message>
    <message>
        <source>%1 had an internal problem (HTTP %2); try again in a few minutes, and contact %1 support if it persists.</source>
        <translation>ב-%1 אירעה תקלה פנימית (HTTP %2); יש לנסות שוב בעוד כמה דקות, ולפנות לתמיכה של %1 אם זה נמשך.</translation>
    </message>
    <message>
        <source>%1 did not answer in time; check the internet connection and try again.</source>
        <translation>%1 לא ענתה בזמן; יש לבדוק את החיבור לאינטרנט ולנסות שוב.</translation>
    </message>
    <message>
        <source>Trunk Wizard could not reach %1; check the internet connection, proxy and firewall, then try again.</source>
        <translation>Trunk Wizard לא הצליח להגיע אל %1; יש לבדוק את החיבור לאינטרנט, את השרת המתווך ואת חומת האש, ולנסות שוב.</translation>
    </message>
    <message>
        <source>Trunk Wizard could not open a secure connection to %1: the server at that address does not answer as an HTTPS server. Check the address (an http:// server or a proxy port?). Nothing was sent.</source>
        <translation>Trunk Wizard לא הצליח לפתוח חיבור מאובטח אל %1: השרת בכתובת הזו אינו עונה כשרת HTTPS. יש לבדוק את הכתובת (שרת http:// או פתחה של שרת מתווך?). דבר לא נשלח.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed a certificate check; check the computer&apos;s date and any proxy that inspects HTTPS. Nothing was sent.</source>
        <translation>החיבור המאובטח אל %1 נכשל בבדיקת האישור; יש לבדוק את התאריך במחשב וכל שרת מתווך שבודק HTTPS. דבר לא נשלח.</translation>
    </message>
    <message>
        <source>%1 sent an answer Trunk Wizard could not read; try again, and send the details to support if it persists.</source>
        <translation>%1 שלחה תשובה ש-Trunk Wizard לא הצליח לקרוא; יש לנסות שוב, ולשלוח את הפרטים לתמיכה אם זה נמשך.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>הבקשה אל %1 בוטלה.</translation>
    </message>
    <message>
        <source>The %1 address is not a secure https address; use https (plain http is only allowed for this computer&apos;s own loopback sandbox).</source>
        <translation>הכתובת של %1 אינה כתובת https מאובטחת; יש להשתמש ב-https (http פשוט מותר רק לארגז החול המקומי במחשב הזה).</translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation>הבקשה אל %1 נכשלה.</translation>
    </message>
</context>
<context>
    <name>tw::ApplyOperation</name>
    <message>
        <source>About %1 s left</source>
        <translation>נותרו כ-%1 s</translation>
    </message>
</context>
<context>
    <name>tw::ApplyPage</name>
    <message>
        <source>Applying the changes</source>
        <translation>השינויים מוחלים</translation>
    </message>
    <message>
        <source>Each step is checked and recorded as it completes. You can cancel at any time.</source>
        <translation>כל שלב נבדק ונרשם כשהוא מסתיים. אפשר לבטל בכל עת.</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;ביטול ההרצה</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;ניסיון חוזר</translation>
    </message>
    <message>
        <source>R&amp;oll back</source>
        <translation>ה&amp;חזרה לאחור</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>שלב</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>זמן</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation>שלבי ההרצה</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>התקדמות</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>ביטול ההרצה</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ניסיון חוזר</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>החזרה לאחור</translation>
    </message>
    <message>
        <source>Cancelling: the requests under way finish, then what this run made is taken back…</source>
        <translation>מבטל: הבקשות שבדרך מסתיימות, ואז מה שההרצה הזו יצרה מוסר…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>ממתין</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>רץ…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>הושלם</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>נכשל</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>מתחיל…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>שלב %1 מתוך %2: %3</translation>
    </message>
    <message>
        <source>%1 (about %2 s)</source>
        <translation>%1 (כ-%2 s)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n change(s) this run made are still in place.</source>
        <translation>
            <numerusform>נעצר. שינוי %n שההרצה הזו עשתה נשאר במקומו.</numerusform>
            <numerusform>נעצר. %n שינויים שההרצה הזו עשתה נשארים במקומם.</numerusform>
        </translation>
    </message>
    <message>
        <source>A step failed.</source>
        <translation>שלב נכשל.</translation>
    </message>
    <message>
        <source>%1 Roll back removes what this run made; Retry keeps it and runs again.</source>
        <translation>%1 „החזרה לאחור” מסירה את מה שההרצה הזו יצרה; „ניסיון חוזר” שומר אותו ומריץ שוב.</translation>
    </message>
    <message numerus="yes">
        <source>Taking back the %n change(s) this run made…</source>
        <translation>
            <numerusform>מחזיר לאחור שינוי %n שההרצה הזו עשתה…</numerusform>
            <numerusform>מחזיר לאחור %n שינויים שההרצה הזו עשתה…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>בוטל.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>נעצר.</translation>
    </message>
    <message>
        <source>Reading Cloudonix and Vapi again…</source>
        <translation>קורא שוב את Cloudonix ואת Vapi…</translation>
    </message>
    <message>
        <source>The plan cannot be applied as it is.</source>
        <translation>אי אפשר להחיל את התוכנית כפי שהיא.</translation>
    </message>
</context>
<context>
    <name>tw::ApplyResult</name>
    <message>
        <source>Everything was already as wanted; nothing was changed.</source>
        <translation>הכול כבר היה כרצוי; דבר לא שונה.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n change(s) made.</source>
        <translation>
            <numerusform>הושלם: בוצע שינוי %n.</numerusform>
            <numerusform>הושלם: בוצעו %n שינויים.</numerusform>
        </translation>
    </message>
    <message>
        <source>The apply was cancelled.</source>
        <translation>ההחלה בוטלה.</translation>
    </message>
    <message>
        <source>%1 (step: %2)</source>
        <translation>%1 (שלב: %2)</translation>
    </message>
    <message>
        <source>The apply failed at: %1.</source>
        <translation>ההחלה נכשלה ב: %1.</translation>
    </message>
    <message>
        <source>What this run had created was removed again.</source>
        <translation>מה שההרצה הזו יצרה הוסר שוב.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made before the failure stay in place; run the apply again to finish.</source>
        <translation>
            <numerusform>שינוי %n שבוצע לפני הכישלון נשאר במקומו; יש להחיל שוב כדי לסיים.</numerusform>
            <numerusform>%n שינויים שבוצעו לפני הכישלון נשארים במקומם; יש להחיל שוב כדי לסיים.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some things could not be removed: %1</source>
        <translation>חלק מהדברים לא ניתן היה להסיר: %1</translation>
    </message>
</context>
<context>
    <name>tw::AssistantPicker</name>
    <message>
        <source>(none)</source>
        <translation>(אין)</translation>
    </message>
</context>
<context>
    <name>tw::AssistantResolver</name>
    <message>
        <source> (for %1)</source>
        <translation> (עבור %1)</translation>
    </message>
    <message>
        <source>No Vapi assistant is named &quot;%1&quot;%2; check the name or use the assistant&apos;s id.</source>
        <translation>אין עוזר Vapi בשם „%1”%2; יש לבדוק את השם או להשתמש במזהה של העוזר.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 Vapi assistants (%3)%4; use the id of the one you mean.</source>
        <translation>„%1” מתאים ל-%2 עוזרי Vapi (%3)%4; יש להשתמש במזהה של העוזר המבוקש.</translation>
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
        <translation>הוא אינו קיים</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>זו תיקייה</translation>
    </message>
    <message>
        <source>larger than %1</source>
        <translation>גדול מ-%1</translation>
    </message>
</context>
<context>
    <name>tw::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>בעבודה</translation>
    </message>
</context>
<context>
    <name>tw::CaBundle</name>
    <message>
        <source>The CA certificate file %1 cannot be read (%2).</source>
        <translation>אי אפשר לקרוא את קובץ אישור ה-CA %1 (%2).</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate; give the CA certificate of your HTTPS proxy, in PEM or DER form.</source>
        <translation>הקובץ %1 אינו מכיל אישור; יש לתת את אישור ה-CA של שרת ה-HTTPS המתווך, בתבנית PEM או DER.</translation>
    </message>
</context>
<context>
    <name>tw::CliAccountCommands</name>
    <message>
        <source>configure needs --domain and --apikey (use --apikey - to read the key from standard input).</source>
        <translation>configure צריך --domain ו---apikey (‏--apikey - קורא את המפתח מהקלט התקני).</translation>
    </message>
    <message>
        <source>%1 domain %2; the key is in the keychain.</source>
        <translation>%1 הדומיין %2; המפתח נמצא במחזיק המפתחות.</translation>
    </message>
    <message>
        <source>Cloudonix shows no inbound SIP host for it (no auto alias); give the trunk&apos;s gateway by hand.</source>
        <translation>Cloudonix לא מציגה עבורו מארח SIP נכנס (אין כינוי אוטומטי); יש לתת את השער של הטראנק ידנית.</translation>
    </message>
    <message>
        <source>Inbound SIP host: %1</source>
        <translation>מארח SIP נכנס: %1</translation>
    </message>
    <message>
        <source>Only --provider vapi is supported.</source>
        <translation>רק --provider vapi נתמך.</translation>
    </message>
    <message>
        <source>To create or reuse the domain&apos;s trunk, give --domain too.</source>
        <translation>כדי ליצור את הטראנק של הדומיין או להשתמש בו שוב, יש לתת גם --domain.</translation>
    </message>
    <message>
        <source>The Vapi key works and is in the keychain.</source>
        <translation>מפתח ה-Vapi עובד ונמצא במחזיק המפתחות.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n domain(s) from %1, with %2.</source>
        <translation>
            <numerusform>יובא דומיין %n מ-%1, עם %2.</numerusform>
            <numerusform>יובאו %n דומיינים מ-%1, עם %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>מספר %n</numerusform>
            <numerusform>%n מספרים</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored the key for %1 in the keychain.</source>
        <translation>המפתח של %1 נשמר במחזיק המפתחות.</translation>
    </message>
    <message>
        <source>delete needs --domain.</source>
        <translation>delete צריך --domain.</translation>
    </message>
    <message>
        <source>%1 is not configured.</source>
        <translation>%1 אינו מוגדר.</translation>
    </message>
    <message>
        <source>Note: the Cloudonix key of %1 could not be removed from the keychain: %2</source>
        <translation>הערה: לא ניתן היה להסיר ממחזיק המפתחות את מפתח ה-Cloudonix של %1: %2</translation>
    </message>
    <message>
        <source>%1 is forgotten, and its key removed from the keychain.</source>
        <translation>%1 נשכח, והמפתח שלו הוסר ממחזיק המפתחות.</translation>
    </message>
</context>
<context>
    <name>tw::CliArguments</name>
    <message>
        <source>Unknown option %1; see trunkwizard-cli help.</source>
        <translation>אפשרות לא מוכרת %1; ראו trunkwizard-cli help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see trunkwizard-cli help.</source>
        <translation>ארגומנט לא צפוי „%1”; ראו trunkwizard-cli help.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>‏--%1 צריך ערך.</translation>
    </message>
    <message>
        <source>Unknown option --%1; see trunkwizard-cli help.</source>
        <translation>אפשרות לא מוכרת --%1; ראו trunkwizard-cli help.</translation>
    </message>
</context>
<context>
    <name>tw::CliCommand</name>
    <message>
        <source>%1 is not configured yet; run trunkwizard-cli configure --domain %1 --apikey - first.</source>
        <translation>%1 עדיין אינו מוגדר; יש להריץ קודם trunkwizard-cli configure --domain %1 --apikey -.</translation>
    </message>
    <message>
        <source>run trunkwizard-cli configure --domain %1 --apikey -</source>
        <translation>יש להריץ trunkwizard-cli configure --domain %1 --apikey -</translation>
    </message>
    <message>
        <source>run trunkwizard-cli service --provider vapi --apikey -</source>
        <translation>יש להריץ trunkwizard-cli service --provider vapi --apikey -</translation>
    </message>
    <message>
        <source>This changes Cloudonix or Vapi and there is no terminal to ask on; run again with --yes after reading the plan.</source>
        <translation>הפעולה משנה את Cloudonix או את Vapi ואין מסוף שבו אפשר לשאול; יש לקרוא את התוכנית ולהריץ שוב עם --yes.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>דבר לא שונה.</translation>
    </message>
    <message numerus="yes">
        <source>Make these %n change(s)?</source>
        <translation>
            <numerusform>לבצע את השינוי הזה?</numerusform>
            <numerusform>לבצע את %n השינויים האלה?</numerusform>
        </translation>
    </message>
    <message>
        <source>done:</source>
        <translation>הושלם:</translation>
    </message>
    <message>
        <source>failed:</source>
        <translation>נכשל:</translation>
    </message>
    <message numerus="yes">
        <source>Taking back the %n change(s) this run made…</source>
        <translation>
            <numerusform>מחזיר לאחור שינוי %n שההרצה הזו עשתה…</numerusform>
            <numerusform>מחזיר לאחור %n שינויים שההרצה הזו עשתה…</numerusform>
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
        <translation>שימוש: trunkwizard-cli פקודה [אפשרויות]   (אפשרויות כלליות יכולות להופיע בכל מקום)

תואמות ל-cx-vcc:
  configure --domain D --apikey K          בדיקת מפתח ודומיין של Cloudonix; שמירת המפתח במחזיק המפתחות
  service --provider vapi --apikey K [--domain D [--name N] [--inbound-ip IP[/MASK]]...]
                                           שמירת מפתח ה-Vapi; עם --domain, יצירת הטראנק של הדומיין או
                                           שימוש חוזר בו (שם ברירת מחדל „Cloudonix D”; שער יוצא לפי מארח +
                                           שערים נכנסים לפי IP)
  addnumber --domain D --provider vapi --number N [--number N...] [--file numbers.csv]
            [--assistant ID_OR_NAME] [--mode trunk|sip-uri] [--number-region CC]
                                           (CC: המדינה של מספרים שנכתבו בלי + בתחילתם)
  display [--domain D] [--remote]          מה שמור (ועם --remote, מה פעיל בפועל)
  sync [--domain D] [--trunk ID]           רישום הטראנק והמספרים של הדומיין כפי שהם ב-Vapi (ללא שינוי מרוחק)
  delete --domain D [--remote]             שכחת דומיין; עם --remote, הסרת הטראנק והמספרים שלו קודם
עוד:
  plan --file STATE.json                   הצגת מה ש-apply ישנה
  (‏--trunk ID ב-service,‏ addnumber,‏ plan,‏ apply ו-sync: שימוש בטראנק Vapi הזה כשכמה טראנקים
   יכולים להיות של הדומיין)
  apply --file STATE.json [--no-rollback]  ביצוע
  status --domain D                        מצב בפועל וסטיות ממה שהוחל
  test-call --domain D --from NUMBER_OR_ID --to NUMBER --assistant ID_OR_NAME [--wait SECONDS]
  teardown --domain D [--restore-cloudonix] הסרת המספרים ואז הטראנק (ושחזור הגדרות הדומיין)
  probe --domain D [--timeout SECONDS]     האם שערי הטראנק עונים ב-SIP? (OPTIONS לכל כתובת)
  doctor --domain D [--timeout SECONDS]    מה מוגדר לא נכון, כל ממצא עם התיקון שלו (יציאה 0: לא נמצא דבר)
  import-cxvcc [--file PATH]               ייבוא ‎~/.cx-vcc/config.yaml; המפתחות שלו עוברים למחזיק המפתחות
  report --domain D|--all --format json|html|pdf|csv|md --output FILE|-
                                           דוח הגדרות (מפתחות רק כטביעות אצבע)
  glossary [--term KEY]                    טראנק SIP, שער, פינג OPTIONS, פלוס מוביל... במילים פשוטות

אפשרויות כלליות: --config-dir DIR, --cloudonix-url URL, --vapi-url URL, --region us|eu, --json, --verbose,
  --sandbox (Cloudonix ו-Vapi מדומים במחשב הזה), --yes (בלי שאלת אישור),
  --ca-file FILE (אישורי CA,‏ PEM או DER, שזוכים לאמון לצד אלה של המערכת: שרת מתווך שבודק TLS),
  --lang en|de|es|fr|he (שפת ההודעות; ברירת מחדל: זו שבהגדרות, אחרת זו של המערכת),
  --help, --version.
מפתחות: --apikey K (גלוי ברשימת התהליכים) או --apikey - (נקרא מהקלט התקני) גוברים על
  TRUNKWIZARD_CLOUDONIX_KEY / TRUNKWIZARD_VAPI_KEY, שגוברים על מחזיק המפתחות.
קודי יציאה: 0 הצלחה, 1 מערכת מרוחקת סירבה או כשל אחר, 2 קלט או שימוש לא תקינים,
  3 האימות נכשל, 4 הרשת אינה זמינה, תם הזמן או כשל TLS, 5 מחזיק המפתחות אינו זמין.
</translation>
    </message>
    <message>
        <source>--lang must be one of %1.</source>
        <translation>‏--lang חייב להיות אחד מ-%1.</translation>
    </message>
    <message>
        <source>--region must be us or eu.</source>
        <translation>‏--region חייב להיות us או eu.</translation>
    </message>
    <message>
        <source>Unknown command %1; see trunkwizard-cli help.</source>
        <translation>פקודה לא מוכרת %1; ראו trunkwizard-cli help.</translation>
    </message>
    <message>
        <source>Sandbox: nothing is sent to Cloudonix or Vapi (simulated at %1).</source>
        <translation>ארגז חול: דבר אינו נשלח ל-Cloudonix או ל-Vapi (מדומה ב-%1).</translation>
    </message>
</context>
<context>
    <name>tw::CliDiagnosticCommands</name>
    <message>
        <source>probe needs --domain.</source>
        <translation>probe צריך --domain.</translation>
    </message>
    <message>
        <source>No Vapi trunk is recorded for %1 (or no Vapi key is at hand): the domain&apos;s inbound SIP host was checked instead.</source>
        <translation>לא רשום טראנק Vapi עבור %1 (או שאין מפתח Vapi זמין): במקום זאת נבדק מארח ה-SIP הנכנס של הדומיין.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 300.</source>
        <translation>‏--timeout מקבל מספר שניות בין 1 ל-300.</translation>
    </message>
    <message>
        <source>doctor needs --domain.</source>
        <translation>doctor צריך --domain.</translation>
    </message>
</context>
<context>
    <name>tw::CliDomainView</name>
    <message>
        <source>  Inbound SIP host: %1</source>
        <translation>  מארח SIP נכנס: %1</translation>
    </message>
    <message>
        <source>  Vapi trunk: none found</source>
        <translation>  טראנק Vapi: לא נמצא</translation>
    </message>
    <message>
        <source>  Vapi trunk: %1 %2</source>
        <translation>  טראנק Vapi: %1 %2</translation>
    </message>
    <message>
        <source>    gateway %1/%2 inbound %3, outbound %4, options ping %5</source>
        <translation>    שער %1/%2 נכנס %3, יוצא %4, פינג OPTIONS %5</translation>
    </message>
    <message>
        <source>no assistant</source>
        <translation>אין עוזר</translation>
    </message>
    <message>
        <source>  Cloudonix: allow border-to-border %1, redirect unknown to border %2</source>
        <translation>  Cloudonix: התרת שיחות מגבול לגבול %1, הפניית יעדים לא מוכרים לגבול %2</translation>
    </message>
    <message>
        <source>    outbound trunk &quot;%1&quot;: %2</source>
        <translation>    טראנק יוצא „%1”: %2</translation>
    </message>
    <message>
        <source>  Drift:</source>
        <translation>  סטיות:</translation>
    </message>
    <message>
        <source>  No drift: everything is as last applied.</source>
        <translation>  אין סטייה: הכול כפי שהוחל לאחרונה.</translation>
    </message>
    <message>
        <source>  Nothing applied with Trunk Wizard yet, so no drift to show.</source>
        <translation>  עדיין לא הוחל דבר עם Trunk Wizard, ולכן אין סטייה להציג.</translation>
    </message>
    <message>
        <source>  Vapi trunk: %1</source>
        <translation>  טראנק Vapi: %1</translation>
    </message>
    <message>
        <source> (Vapi id %1)</source>
        <translation> (מזהה Vapi %1)</translation>
    </message>
    <message>
        <source>Add the carrier&apos;s trunk: cloudonix.carrierTrunks in the desired state.</source>
        <translation>הוסיפו את הטראנק של הספק: cloudonix.carrierTrunks במצב הרצוי.</translation>
    </message>
</context>
<context>
    <name>tw::CliKeys</name>
    <message>
        <source>The %1 API key is empty.</source>
        <translation>מפתח ה-API של %1 ריק.</translation>
    </message>
    <message>
        <source>No %1 key is stored; %2 or set %3.</source>
        <translation>לא שמור מפתח %1; %2 או להגדיר את %3.</translation>
    </message>
    <message>
        <source> Nothing was saved.</source>
        <translation> דבר לא נשמר.</translation>
    </message>
</context>
<context>
    <name>tw::CliNumberCommands</name>
    <message>
        <source>addnumber needs --domain.</source>
        <translation>addnumber צריך --domain.</translation>
    </message>
    <message>
        <source>Only --provider vapi is supported.</source>
        <translation>רק --provider vapi נתמך.</translation>
    </message>
    <message>
        <source>--mode must be trunk or sip-uri.</source>
        <translation>‏--mode חייב להיות trunk או sip-uri.</translation>
    </message>
    <message>
        <source>The numbers file %1 cannot be read (%2); give a CSV or text file with one number per line.</source>
        <translation>אי אפשר לקרוא את קובץ המספרים %1 (%2); יש לתת קובץ CSV או קובץ טקסט עם מספר אחד בכל שורה.</translation>
    </message>
    <message>
        <source>addnumber needs --number (repeatable) or --file numbers.csv.</source>
        <translation>addnumber צריך --number (אפשר לחזור עליו) או --file numbers.csv.</translation>
    </message>
    <message>
        <source>%1: Vapi id %2</source>
        <translation>%1: מזהה Vapi %2</translation>
    </message>
    <message>
        <source>%1 is not configured.</source>
        <translation>%1 אינו מוגדר.</translation>
    </message>
    <message>
        <source>Everything stored matches Vapi.</source>
        <translation>כל מה ששמור תואם ל-Vapi.</translation>
    </message>
    <message>
        <source>test-call needs --domain, --from, --to and --assistant.</source>
        <translation>test-call צריך --domain, --from, --to ו---assistant.</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds.</source>
        <translation>‏--wait מקבל מספר שניות.</translation>
    </message>
    <message>
        <source>Call status: %1</source>
        <translation>מצב השיחה: %1</translation>
    </message>
</context>
<context>
    <name>tw::CliStateCommands</name>
    <message>
        <source>%1 needs --file STATE.json.</source>
        <translation>%1 צריך --file STATE.json.</translation>
    </message>
    <message>
        <source>The desired state file %1 is larger than 16 MB, far more than any real state (10,000 numbers take about 1 MB); check that it is the right file.</source>
        <translation>קובץ המצב הרצוי %1 גדול מ-16 MB, הרבה יותר מכל מצב אמיתי (10,000 מספרים תופסים כ-1 MB); יש לוודא שזה הקובץ הנכון.</translation>
    </message>
    <message>
        <source>The desired state file %1 cannot be read (%2).</source>
        <translation>אי אפשר לקרוא את קובץ המצב הרצוי %1 (%2).</translation>
    </message>
    <message>
        <source>The desired state file %1 is not a JSON object (%2 at offset %3).</source>
        <translation>קובץ המצב הרצוי %1 אינו אובייקט JSON (%2 במיקום %3).</translation>
    </message>
    <message>
        <source>The desired state file %1 gives &quot;%2&quot; twice; keep the one you mean.</source>
        <translation>קובץ המצב הרצוי %1 מציין את „%2” פעמיים; יש להשאיר את המבוקש.</translation>
    </message>
    <message>
        <source>teardown needs --domain.</source>
        <translation>teardown צריך --domain.</translation>
    </message>
</context>
<context>
    <name>tw::CliViewCommands</name>
    <message>
        <source>%1 is not configured; run trunkwizard-cli configure first.</source>
        <translation>%1 אינו מוגדר; יש להריץ קודם trunkwizard-cli configure.</translation>
    </message>
    <message>
        <source>No domain is configured yet.</source>
        <translation>עדיין לא הוגדר אף דומיין.</translation>
    </message>
    <message>
        <source>report needs --domain D or --all, --format json|html|pdf|csv|md and --output FILE (- for standard output, except for pdf).</source>
        <translation>report צריך --domain D או --all,‏ --format json|html|pdf|csv|md ו---output FILE (‏- לפלט התקני, חוץ מ-pdf).</translation>
    </message>
    <message>
        <source>%1 is not configured.</source>
        <translation>%1 אינו מוגדר.</translation>
    </message>
    <message>
        <source>Report %1 written to %2.</source>
        <translation>הדוח %1 נכתב אל %2.</translation>
    </message>
    <message>
        <source>The report could not be written to %1 (%2).</source>
        <translation>לא ניתן היה לכתוב את הדוח אל %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Report %1 written to %2 (%n domain(s)).</source>
        <translation>
            <numerusform>הדוח %1 נכתב אל %2 (דומיין %n).</numerusform>
            <numerusform>הדוח %1 נכתב אל %2 (%n דומיינים).</numerusform>
        </translation>
    </message>
    <message>
        <source>status needs --domain.</source>
        <translation>status צריך --domain.</translation>
    </message>
    <message>
        <source>There is no term %1; the glossary has %2.</source>
        <translation>אין מונח %1; במילון המונחים יש %2.</translation>
    </message>
</context>
<context>
    <name>tw::CloudonixAccountPage</name>
    <message>
        <source>on</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <source>off</source>
        <translation>כבוי</translation>
    </message>
    <message>
        <source>Connect your Cloudonix domain</source>
        <translation>חיבור הדומיין שלך ב-Cloudonix</translation>
    </message>
    <message>
        <source>Trunk Wizard reads the domain&apos;s inbound SIP address from Cloudonix; nothing is changed yet.</source>
        <translation>Trunk Wizard קורא מ-Cloudonix את כתובת ה-SIP הנכנסת של הדומיין; עדיין לא משתנה דבר.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>א&amp;ימות</translation>
    </message>
    <message>
        <source>acme.cloudonix.net</source>
        <translation>acme.cloudonix.net</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;דומיין:</translation>
    </message>
    <message>
        <source>The Cloudonix domain&apos;s name, as the Cloudonix cockpit shows it.</source>
        <translation>שם הדומיין ב-Cloudonix, כפי ש-Cloudonix Cockpit מציג אותו.</translation>
    </message>
    <message>
        <source>Cloudonix &amp;API key:</source>
        <translation>&amp;מפתח API של Cloudonix:</translation>
    </message>
    <message>
        <source>A customer key or this domain&apos;s key. It is kept in your system keychain only.</source>
        <translation>מפתח לקוח או המפתח של הדומיין הזה. הוא נשמר רק במחזיק המפתחות של המערכת.</translation>
    </message>
    <message>
        <source>Checking with Cloudonix…</source>
        <translation>בודק מול Cloudonix…</translation>
    </message>
    <message>
        <source>Inbound SIP host</source>
        <translation>מארח SIP נכנס</translation>
    </message>
    <message>
        <source>none: the domain has no auto alias</source>
        <translation>אין: לדומיין אין כינוי אוטומטי</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>כינויים</translation>
    </message>
    <message>
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message>
        <source>Allow border-to-border calls</source>
        <translation>התרת שיחות מגבול לגבול</translation>
    </message>
    <message>
        <source>Redirect unknown destination to border</source>
        <translation>הפניית יעדים לא מוכרים לגבול</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>מפתח</translation>
    </message>
    <message>
        <source>this domain&apos;s key</source>
        <translation>המפתח של הדומיין הזה</translation>
    </message>
    <message>
        <source>customer key</source>
        <translation>מפתח לקוח</translation>
    </message>
</context>
<context>
    <name>tw::ConfigStore</name>
    <message>
        <source>The settings folder %1 belongs to another user; Trunk Wizard uses only a folder of your own. Choose another one (TRUNKWIZARD_CONFIG_DIR or --config-dir).</source>
        <translation>תיקיית ההגדרות %1 שייכת למשתמש אחר; Trunk Wizard משתמש רק בתיקייה שלך. יש לבחור תיקייה אחרת (TRUNKWIZARD_CONFIG_DIR או --config-dir).</translation>
    </message>
    <message>
        <source>The settings folder %1 is open to other users and its permissions could not be tightened; make it private (chmod 700) and try again.</source>
        <translation>תיקיית ההגדרות %1 פתוחה למשתמשים אחרים ולא ניתן היה לצמצם את ההרשאות שלה; יש להפוך אותה לפרטית (chmod 700) ולנסות שוב.</translation>
    </message>
    <message>
        <source>The settings folder %1 was open to other users; it is now private to you.</source>
        <translation>תיקיית ההגדרות %1 הייתה פתוחה למשתמשים אחרים; עכשיו היא פרטית לך.</translation>
    </message>
    <message>
        <source>The settings file %1 is larger than 64 MB, far more than Trunk Wizard ever writes; move it away and start again. It was not changed.</source>
        <translation>קובץ ההגדרות %1 גדול מ-64 MB, הרבה יותר ממה ש-Trunk Wizard כותב אי פעם; יש להעביר אותו למקום אחר ולהפעיל מחדש. הוא לא שונה.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read (%2); fix its permissions and start again. It was not changed.</source>
        <translation>אי אפשר לקרוא את קובץ ההגדרות %1 (%2); יש לתקן את ההרשאות שלו ולהפעיל מחדש. הוא לא שונה.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be set aside; move it away by hand and start again.</source>
        <translation>קובץ ההגדרות %1 פגום ולא ניתן היה להעביר אותו הצידה; יש להעביר אותו ידנית ולהפעיל מחדש.</translation>
    </message>
    <message>
        <source>The settings file was damaged, so Trunk Wizard kept it as %1 and started with empty settings; your records and your API keys in the keychain are untouched.</source>
        <translation>קובץ ההגדרות היה פגום, לכן Trunk Wizard שמר אותו בשם %1 והתחיל עם הגדרות ריקות; הרשומות שלך ומפתחות ה-API במחזיק המפתחות לא נפגעו.</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer Trunk Wizard (format %2; this version reads up to %3); update Trunk Wizard. The file was left unchanged.</source>
        <translation>את קובץ ההגדרות %1 כתב Trunk Wizard חדש יותר (תבנית %2; הגרסה הזו קוראת עד %3); יש לעדכן את Trunk Wizard. הקובץ נשאר ללא שינוי.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be copied before its upgrade; check the disk, then start again.</source>
        <translation>לא ניתן היה להעתיק את קובץ ההגדרות %1 לפני השדרוג שלו; יש לבדוק את הדיסק ולהפעיל מחדש.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written (%2); check the disk and its permissions.</source>
        <translation>לא ניתן היה לכתוב את קובץ ההגדרות %1 (%2); יש לבדוק את הדיסק ואת ההרשאות שלו.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be saved (%2); the previous version is intact. Free some disk space or check the folder&apos;s permissions, then try again.</source>
        <translation>לא ניתן היה לשמור את קובץ ההגדרות %1 (%2); הגרסה הקודמת שלמה. יש לפנות מקום בדיסק או לבדוק את הרשאות התיקייה, ולנסות שוב.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be saved (%2); the previous version is intact.</source>
        <translation>לא ניתן היה לשמור את קובץ ההגדרות %1 (%2); הגרסה הקודמת שלמה.</translation>
    </message>
    <message>
        <source>The settings folder %1 could not be created; check that the disk is writable.</source>
        <translation>לא ניתן היה ליצור את תיקיית ההגדרות %1; יש לוודא שאפשר לכתוב לדיסק.</translation>
    </message>
</context>
<context>
    <name>tw::CoreContext</name>
    <message>
        <source>Cloudonix address: %1</source>
        <translation>כתובת Cloudonix: %1</translation>
    </message>
    <message>
        <source>Vapi address: %1</source>
        <translation>כתובת Vapi: %1</translation>
    </message>
</context>
<context>
    <name>tw::CxVccImporter</name>
    <message>
        <source>No cx-vcc configuration was found at %1; give the path of its config.yaml.</source>
        <translation>לא נמצאה הגדרת cx-vcc ב-%1; יש לתת את הנתיב של קובץ ה-config.yaml שלה.</translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 is larger than 4 MB, far more than any cx-vcc configuration; check that it is the right file. Nothing was imported.</source>
        <translation>הגדרת ה-cx-vcc %1 גדולה מ-4 MB, הרבה יותר מכל הגדרת cx-vcc; יש לוודא שזה הקובץ הנכון. דבר לא יובא.</translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 cannot be read (%2).</source>
        <translation>אי אפשר לקרוא את הגדרת ה-cx-vcc %1 (%2).</translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 is not valid YAML (line %2, column %3); nothing was imported.</source>
        <translation>הגדרת ה-cx-vcc %1 אינה YAML תקין (שורה %2, עמודה %3); דבר לא יובא.</translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 does not have the expected layout; nothing was imported.</source>
        <translation>להגדרת ה-cx-vcc %1 אין המבנה הצפוי; דבר לא יובא.</translation>
    </message>
    <message>
        <source>An entry without a usable domain name was skipped.</source>
        <translation>רשומה בלי שם דומיין שמיש דולגה.</translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 has an unexpected entry (line %2); nothing was imported.</source>
        <translation>בהגדרת ה-cx-vcc %1 יש רשומה לא צפויה (שורה %2); דבר לא יובא.</translation>
    </message>
    <message>
        <source>The cx-vcc configuration %1 holds no domain and no Vapi key; nothing was imported.</source>
        <translation>הגדרת ה-cx-vcc %1 אינה מכילה דומיין ולא מפתח Vapi; דבר לא יובא.</translation>
    </message>
    <message>
        <source>%1: cx-vcc names trunk %2 but Trunk Wizard already manages trunk %3; kept %3.</source>
        <translation>%1: cx-vcc מציינת את הטראנק %2, אבל Trunk Wizard כבר מנהל את הטראנק %3; %3 נשמר.</translation>
    </message>
    <message>
        <source>%1: number %2 was skipped: %3</source>
        <translation>%1: המספר %2 דולג: %3</translation>
    </message>
    <message>
        <source>%1: cx-vcc stored no Cloudonix key; enter it when you first use the domain.</source>
        <translation>%1: cx-vcc לא שמרה מפתח Cloudonix; יש להזין אותו בשימוש הראשון בדומיין.</translation>
    </message>
    <message>
        <source>%1 still holds the API keys in plain text; delete the file (or its apiKey lines) once you no longer use cx-vcc. Trunk Wizard did not change it.</source>
        <translation>%1 עדיין מכיל את מפתחות ה-API כטקסט גלוי; יש למחוק את הקובץ (או את שורות ה-apiKey שלו) כשכבר לא משתמשים ב-cx-vcc. Trunk Wizard לא שינה אותו.</translation>
    </message>
    <message>
        <source>No keychain is available, so nothing was imported.</source>
        <translation>אין מחזיק מפתחות זמין, ולכן דבר לא יובא.</translation>
    </message>
    <message>
        <source>The key for %1 could not be stored in the keychain, so nothing was imported: %2</source>
        <translation>לא ניתן היה לשמור את המפתח של %1 במחזיק המפתחות, ולכן דבר לא יובא: %2</translation>
    </message>
</context>
<context>
    <name>tw::DashboardView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>רע&amp;נון</translation>
    </message>
    <message>
        <source>&amp;Edit in the wizard…</source>
        <translation>ע&amp;ריכה באשף…</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;תיקון…</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>&amp;קבלה</translation>
    </message>
    <message>
        <source>Fix a&amp;ll…</source>
        <translation>תיקון ה&amp;כול…</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>קבלת הכול</translation>
    </message>
    <message>
        <source>&amp;Tear down…</source>
        <translation>&amp;פירוק…</translation>
    </message>
    <message>
        <source>Re&amp;port…</source>
        <translation>&amp;דוח…</translation>
    </message>
    <message>
        <source>A&amp;dd numbers…</source>
        <translation>הוספת &amp;מספרים…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>ה&amp;סרה…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <source>Edit in the wizard…</source>
        <translation>עריכה באשף…</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>תיקון…</translation>
    </message>
    <message>
        <source>Put the selected finding back as Trunk Wizard last applied it (shows the change first)</source>
        <translation>החזרת הממצא הנבחר למצב שבו Trunk Wizard החיל אותו לאחרונה (השינוי מוצג קודם)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>קבלה</translation>
    </message>
    <message>
        <source>Keep the selected finding as it is now: it becomes what is wanted</source>
        <translation>השארת הממצא הנבחר כפי שהוא עכשיו: הוא הופך למצב הרצוי</translation>
    </message>
    <message>
        <source>Fix all…</source>
        <translation>תיקון הכול…</translation>
    </message>
    <message>
        <source>Apply again everything Trunk Wizard last applied (shows the changes first)</source>
        <translation>החלה מחדש של כל מה ש-Trunk Wizard החיל לאחרונה (השינויים מוצגים קודם)</translation>
    </message>
    <message>
        <source>Make what Cloudonix and Vapi hold now the wanted state</source>
        <translation>הפיכת מה שיש עכשיו ב-Cloudonix וב-Vapi למצב הרצוי</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>דומיינים</translation>
    </message>
    <message>
        <source>Numbers of the domain</source>
        <translation>המספרים של הדומיין</translation>
    </message>
    <message>
        <source>Filter numbers, ids, assistants…</source>
        <translation>סינון מספרים, מזהים, עוזרים…</translation>
    </message>
    <message>
        <source>Filter numbers</source>
        <translation>סינון מספרים</translation>
    </message>
    <message>
        <source>What needs a look</source>
        <translation>מה שדורש תשומת לב</translation>
    </message>
    <message>
        <source>Test call…</source>
        <translation>שיחת בדיקה…</translation>
    </message>
    <message>
        <source>Last test calls</source>
        <translation>שיחות הבדיקה האחרונות</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>דוח…</translation>
    </message>
    <message>
        <source>A configuration report of every domain, previewed before it is saved</source>
        <translation>דוח הגדרות של כל הדומיינים, עם תצוגה מקדימה לפני השמירה</translation>
    </message>
    <message>
        <source>The assistant that answers the selected numbers</source>
        <translation>העוזר שעונה למספרים הנבחרים</translation>
    </message>
    <message>
        <source>Remove the selected numbers from Vapi (shows the changes first)</source>
        <translation>הסרת המספרים הנבחרים מ-Vapi (השינויים מוצגים קודם)</translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation>רענון אוטומטי כבוי</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>כל דקה</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>כל 5 דקות</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>כל 15 דקות</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>רענון אוטומטי</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>מספרים</translation>
    </message>
    <message>
        <source>No domain is configured yet.</source>
        <translation>עדיין לא הוגדר אף דומיין.</translation>
    </message>
    <message>
        <source>No domain selected</source>
        <translation>לא נבחר דומיין</translation>
    </message>
    <message>
        <source>Set up a domain… connects a Cloudonix domain to Vapi, step by step.</source>
        <translation>„הגדרת דומיין…” מחברת דומיין של Cloudonix ל-Vapi, צעד אחר צעד.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Refresh reads what Cloudonix and Vapi hold now.</source>
        <translation>„רענון” קורא את מה שיש עכשיו ב-Cloudonix וב-Vapi.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>הערה: %1</translation>
    </message>
    <message>
        <source>Nothing: everything is as last applied.</source>
        <translation>כלום: הכול כפי שהוחל לאחרונה.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n domain(s) with Cloudonix and Vapi…</source>
        <translation>
            <numerusform>בודק דומיין %n מול Cloudonix ו-Vapi…</numerusform>
            <numerusform>בודק %n דומיינים מול Cloudonix ו-Vapi…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 → %3: %4</source>
        <translation>%1 — %2 → %3: %4</translation>
    </message>
    <message>
        <source>None yet: Test call… places one through the trunk.</source>
        <translation>עדיין אין: „שיחת בדיקה…” מבצעת שיחה דרך הטראנק.</translation>
    </message>
    <message>
        <source>Reading what Trunk Wizard made for %1…</source>
        <translation>קורא מה ש-Trunk Wizard יצר עבור %1…</translation>
    </message>
    <message>
        <source>Tear down %1? This removes what Trunk Wizard made and puts the domain settings back:</source>
        <translation>לפרק את %1? הפעולה מסירה את מה ש-Trunk Wizard יצר ומחזירה את הגדרות הדומיין:</translation>
    </message>
    <message>
        <source>Reading %1 to plan the fix…</source>
        <translation>קורא את %1 כדי לתכנן את התיקון…</translation>
    </message>
    <message>
        <source>Put this back as Trunk Wizard last applied it to %1?
%2</source>
        <translation>להחזיר את זה למצב שבו Trunk Wizard החיל אותו לאחרונה על %1?
%2</translation>
    </message>
    <message>
        <source>Apply again what Trunk Wizard last applied to %1? These changes will be made:</source>
        <translation>להחיל מחדש את מה ש-Trunk Wizard החיל לאחרונה על %1? השינויים האלה יבוצעו:</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>קורא את %1…</translation>
    </message>
    <message>
        <source>Making the current state of %1 the wanted state would still change this:</source>
        <translation>הפיכת המצב הנוכחי של %1 למצב הרצוי עדיין תשנה את זה:</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n number(s) from %1?</source>
        <translation>
            <numerusform>להסיר מספר %n מ-%1?</numerusform>
            <numerusform>להסיר %n מספרים מ-%1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n number(s) to %1?</source>
        <translation>
            <numerusform>להוסיף מספר %n ל-%1?</numerusform>
            <numerusform>להוסיף %n מספרים ל-%1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the assistant of %n number(s) of %1?</source>
        <translation>
            <numerusform>להחליף את העוזר של מספר %n של %1?</numerusform>
            <numerusform>להחליף את העוזר של %n מספרים של %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 again…</source>
        <translation>בודק שוב את %1…</translation>
    </message>
    <message>
        <source>Test c&amp;all…</source>
        <translation>שיחת &amp;בדיקה…</translation>
    </message>
    <message>
        <source>Change ass&amp;istant…</source>
        <translation>החלפת ע&amp;וזר…</translation>
    </message>
    <message>
        <source>Add the carrier&apos;s trunk: %1.</source>
        <translation>הוסיפו את הטראנק של הספק: %1.</translation>
    </message>
</context>
<context>
    <name>tw::DesiredState</name>
    <message>
        <source>%1.%2 must be a whole number.</source>
        <translation>%1.%2 חייב להיות מספר שלם.</translation>
    </message>
    <message>
        <source>The carrier trunk needs a name (%1.name).</source>
        <translation>טראנק הספק צריך שם (%1.name).</translation>
    </message>
    <message>
        <source>%1.host must be the carrier&apos;s host name or IPv4 address, not &quot;%2&quot;.</source>
        <translation>%1.host חייב להיות שם המארח או כתובת ה-IPv4 של הספק, לא „%2”.</translation>
    </message>
    <message>
        <source>%1.port must be between 1 and 65535.</source>
        <translation>%1.port חייב להיות בין 1 ל-65535.</translation>
    </message>
    <message>
        <source>%1.transport must be udp, tcp or tls, not &quot;%2&quot;.</source>
        <translation>%1.transport חייב להיות udp,‏ tcp או tls, לא „%2”.</translation>
    </message>
    <message>
        <source>cloudonix.%1 must be true or false.</source>
        <translation>cloudonix.%1 חייב להיות true או false.</translation>
    </message>
    <message>
        <source>%1 must be an object with name and host.</source>
        <translation>%1 חייב להיות אובייקט עם name ו-host.</translation>
    </message>
    <message>
        <source>cloudonix.carrierTrunks must be a list of trunks.</source>
        <translation>cloudonix.carrierTrunks חייב להיות רשימה של טראנקים.</translation>
    </message>
    <message>
        <source>%1.mode must be &quot;trunk&quot; or &quot;sip-uri&quot;, not &quot;%2&quot;.</source>
        <translation>%1.mode חייב להיות „trunk” או „sip-uri”, לא „%2”.</translation>
    </message>
    <message>
        <source>&quot;numbers&quot; must be a list.</source>
        <translation>„numbers” חייב להיות רשימה.</translation>
    </message>
    <message>
        <source>The Cloudonix domain is missing (&quot;domain&quot;, for example &quot;acme.cloudonix.net&quot;).</source>
        <translation>הדומיין של Cloudonix חסר („domain”, למשל „acme.cloudonix.net”).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Cloudonix domain name.</source>
        <translation>„%1” אינו שם דומיין של Cloudonix.</translation>
    </message>
    <message>
        <source>vapiRegion must be &quot;us&quot; or &quot;eu&quot;, not &quot;%1&quot;.</source>
        <translation>vapiRegion חייב להיות „us” או „eu”, לא „%1”.</translation>
    </message>
    <message>
        <source>Trunk name: %1</source>
        <translation>שם הטראנק: %1</translation>
    </message>
    <message>
        <source>Trunk gateway: %1</source>
        <translation>שער הטראנק: %1</translation>
    </message>
    <message>
        <source>Inbound gateway: %1</source>
        <translation>שער נכנס: %1</translation>
    </message>
    <message>
        <source>Inbound gateway &quot;%1&quot; is a host name; Vapi matches inbound calls on IPv4 addresses only.</source>
        <translation>השער הנכנס „%1” הוא שם מארח; Vapi מזהה שיחות נכנסות רק לפי כתובות IPv4.</translation>
    </message>
    <message>
        <source>Trunk port: %1</source>
        <translation>פתחת הטראנק: %1</translation>
    </message>
    <message>
        <source>trunk.transport must be udp, tcp, tls or tls/srtp, not &quot;%1&quot;.</source>
        <translation>trunk.transport חייב להיות udp,‏ tcp,‏ tls או tls/srtp, לא „%1”.</translation>
    </message>
    <message>
        <source>The trunk allows neither inbound nor outbound calls; turn on at least one.</source>
        <translation>הטראנק אינו מתיר לא שיחות נכנסות ולא יוצאות; יש להפעיל לפחות אחת מהן.</translation>
    </message>
    <message>
        <source>cloudonix.cxmlUrl &quot;%1&quot; is not an http(s) address.</source>
        <translation>cloudonix.cxmlUrl „%1” אינה כתובת http(s).</translation>
    </message>
    <message>
        <source>cloudonix.applicationName is empty.</source>
        <translation>cloudonix.applicationName ריק.</translation>
    </message>
    <message>
        <source>cloudonix.cxmlMethod must be GET or POST.</source>
        <translation>cloudonix.cxmlMethod חייב להיות GET או POST.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 מופיע פעמיים.</translation>
    </message>
    <message>
        <source>Number %1: %2</source>
        <translation>מספר %1: %2</translation>
    </message>
    <message>
        <source>Two carrier trunks are named &quot;%1&quot;; names must differ.</source>
        <translation>שני טראנקים של ספקים נקראים „%1”; השמות חייבים להיות שונים.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 חייב להיות true או false.</translation>
    </message>
    <message>
        <source>trunk.gatewayMode must be &quot;split&quot; or &quot;single&quot;, not &quot;%1&quot;.</source>
        <translation>trunk.gatewayMode חייב להיות „split” או „single”, לא „%1”.</translation>
    </message>
    <message>
        <source>trunk.port must be a whole number.</source>
        <translation>trunk.port חייב להיות מספר שלם.</translation>
    </message>
    <message>
        <source>trunk.transport must be udp, tcp, tls or tls/srtp.</source>
        <translation>trunk.transport חייב להיות udp,‏ tcp,‏ tls או tls/srtp.</translation>
    </message>
    <message>
        <source>trunk.inboundGateways must be a list of IPv4 addresses.</source>
        <translation>trunk.inboundGateways חייב להיות רשימה של כתובות IPv4.</translation>
    </message>
</context>
<context>
    <name>tw::DnsHostResolver</name>
    <message>
        <source>DNS lookup of %1 failed: %2</source>
        <translation>חיפוש ה-DNS של %1 נכשל: %2</translation>
    </message>
    <message>
        <source>%1 has no IPv4 address</source>
        <translation>ל-%1 אין כתובת IPv4</translation>
    </message>
</context>
<context>
    <name>tw::DoctorOperation</name>
    <message>
        <source>%1 is not set up on this computer: run the wizard (or trunkwizard-cli apply) first, or name the domain as it was set up.</source>
        <translation>%1 אינו מוגדר במחשב הזה: יש להפעיל קודם את האשף (או trunkwizard-cli apply), או לציין את הדומיין כפי שהוגדר.</translation>
    </message>
    <message>
        <source>Reading %1 from Cloudonix and Vapi, and asking its gateways over SIP…</source>
        <translation>קורא את %1 מ-Cloudonix ומ-Vapi, ושואל את השערים שלו ב-SIP…</translation>
    </message>
</context>
<context>
    <name>tw::DoctorReport</name>
    <message>
        <source>The check was cancelled.</source>
        <translation>הבדיקה בוטלה.</translation>
    </message>
    <message>
        <source>No problem found: the trunk, the numbers, the Cloudonix settings and the gateways look right.</source>
        <translation>לא נמצאה בעיה: הטראנק, המספרים, הגדרות Cloudonix והשערים נראים תקינים.</translation>
    </message>
    <message>
        <source>1 problem found.</source>
        <translation>נמצאה בעיה אחת.</translation>
    </message>
    <message>
        <source>%1 problems found.</source>
        <translation>נמצאו %1 בעיות.</translation>
    </message>
</context>
<context>
    <name>tw::DomainCards</name>
    <message>
        <source>on</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <source>off</source>
        <translation>כבוי</translation>
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
        <translation>מארח SIP נכנס</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>לא ידוע</translation>
    </message>
    <message>
        <source>Allow border-to-border calls</source>
        <translation>התרת שיחות מגבול לגבול</translation>
    </message>
    <message>
        <source>Redirect unknown destination to border</source>
        <translation>הפניית יעדים לא מוכרים לגבול</translation>
    </message>
    <message>
        <source>Outbound trunks</source>
        <translation>טראנקים יוצאים</translation>
    </message>
    <message>
        <source>⚠ none</source>
        <translation>⚠ אין</translation>
    </message>
    <message>
        <source>SIP trunk</source>
        <translation>טראנק SIP</translation>
    </message>
    <message>
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>נכנס</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>יוצא</translation>
    </message>
    <message>
        <source>options ping</source>
        <translation>פינג OPTIONS</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>לא בשימוש</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>שערים</translation>
    </message>
    <message>
        <source>Leading plus for outbound calls</source>
        <translation>פלוס מוביל לשיחות יוצאות</translation>
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
            <numerusform>ה&amp;חלת שינוי %n</numerusform>
            <numerusform>ה&amp;חלת %n שינויים</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying to %1…</source>
        <translation>מחיל על %1…</translation>
    </message>
</context>
<context>
    <name>tw::DomainListModel</name>
    <message>
        <source>not checked yet</source>
        <translation>עדיין לא נבדק</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>בודק…</translation>
    </message>
    <message>
        <source>working</source>
        <translation>עובד</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>דורש תשומת לב</translation>
    </message>
    <message>
        <source>changed outside Trunk Wizard</source>
        <translation>שונה מחוץ ל-Trunk Wizard</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>לא ניתן היה לבדוק</translation>
    </message>
</context>
<context>
    <name>tw::DomainLock</name>
    <message>
        <source>Trunk Wizard could not take the lock of %1 in %2; check that the settings folder is writable.</source>
        <translation>Trunk Wizard לא הצליח לנעול את %1 ב-%2; יש לוודא שאפשר לכתוב לתיקיית ההגדרות.</translation>
    </message>
    <message>
        <source>Another change to %1 is in progress (process %2, started %3); nothing was changed. Try again when it has finished.</source>
        <translation>שינוי אחר של %1 מתבצע עכשיו (תהליך %2, התחיל %3); דבר לא שונה. יש לנסות שוב כשהוא יסתיים.</translation>
    </message>
</context>
<context>
    <name>tw::DomainNumbersModel</name>
    <message>
        <source>(none)</source>
        <translation>(אין)</translation>
    </message>
    <message>
        <source>Vapi SIP URI</source>
        <translation>SIP URI של Vapi</translation>
    </message>
    <message>
        <source>On the trunk</source>
        <translation>על הטראנק</translation>
    </message>
    <message>
        <source>⚠ changed</source>
        <translation>⚠ שונה</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>מספר</translation>
    </message>
    <message>
        <source>Vapi id</source>
        <translation>מזהה Vapi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>עוזר</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>אופן</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>סטייה</translation>
    </message>
</context>
<context>
    <name>tw::DomainStatus</name>
    <message>
        <source>The trunk &quot;%1&quot; was %2; Trunk Wizard has not recorded it yet (sync records it).</source>
        <translation>הטראנק „%1” %2; Trunk Wizard עדיין לא רשם אותו (sync רושם אותו).</translation>
    </message>
    <message>
        <source> (now: %1)</source>
        <translation> (עכשיו: %1)</translation>
    </message>
    <message>
        <source>Number %1 (%2) no longer exists in Vapi.</source>
        <translation>המספר %1 (%2) כבר לא קיים ב-Vapi.</translation>
    </message>
    <message>
        <source>The Cloudonix domain has no outbound trunk, so Vapi&apos;s outbound calls have nowhere to go.</source>
        <translation>לדומיין ב-Cloudonix אין טראנק יוצא, ולכן לשיחות היוצאות של Vapi אין לאן להגיע.</translation>
    </message>
</context>
<context>
    <name>tw::EndedReasonExplainer</name>
    <message>
        <source>nobody</source>
        <translation>אף אחד</translation>
    </message>
    <message>
        <source>the trunk settings</source>
        <translation>הגדרות הטראנק</translation>
    </message>
    <message>
        <source>the carrier</source>
        <translation>הספק</translation>
    </message>
    <message>
        <source>the called party</source>
        <translation>הצד הנקרא</translation>
    </message>
    <message>
        <source>the assistant</source>
        <translation>העוזר</translation>
    </message>
    <message>
        <source>Cloudonix asked Vapi to authenticate (SIP %1).</source>
        <translation>Cloudonix ביקשה מ-Vapi להזדהות (SIP %1).</translation>
    </message>
    <message>
        <source>Cloudonix should accept Vapi by the domain&apos;s alias: check the gateway host name, and remove any outbound authentication from the trunk.</source>
        <translation>Cloudonix אמורה לקבל את Vapi לפי הכינוי של הדומיין: יש לבדוק את שם המארח של השער ולהסיר כל אימות יוצא מהטראנק.</translation>
    </message>
    <message>
        <source>Cloudonix refused the call from Vapi (SIP 403 Forbidden).</source>
        <translation>Cloudonix דחתה את השיחה מ-Vapi (SIP 403 Forbidden).</translation>
    </message>
    <message>
        <source>Check that the trunk&apos;s outbound gateway is the domain&apos;s inbound SIP host and that &quot;Allow border-to-border calls&quot; is on for the domain.</source>
        <translation>יש לוודא שהשער היוצא של הטראנק הוא מארח ה-SIP הנכנס של הדומיין וש„התרת שיחות מגבול לגבול” פעילה בדומיין.</translation>
    </message>
    <message>
        <source>Cloudonix did not know where to send the dialled number (SIP %1).</source>
        <translation>Cloudonix לא ידעה לאן לשלוח את המספר שחויג (SIP %1).</translation>
    </message>
    <message>
        <source>Turn on &quot;Redirect unknown destination to border&quot;, and check the outbound carrier trunk and the number format (leading plus).</source>
        <translation>יש להפעיל את „הפניית יעדים לא מוכרים לגבול” ולבדוק את טראנק הספק היוצא ואת תבנית המספר (פלוס מוביל).</translation>
    </message>
    <message>
        <source>Vapi had no answer from Cloudonix over SIP (SIP 408).</source>
        <translation>Vapi לא קיבלה תשובת SIP מ-Cloudonix (SIP 408).</translation>
    </message>
    <message>
        <source>Check the gateway host, port and transport, and any firewall between Vapi and Cloudonix; the SIP probe shows whether the gateway answers.</source>
        <translation>יש לבדוק את המארח, הפתחה וההעברה של השער, וכל חומת אש בין Vapi ל-Cloudonix; בדיקת ה-SIP מראה אם השער עונה.</translation>
    </message>
    <message>
        <source>The called number was not reachable just now (SIP 480).</source>
        <translation>המספר שנקרא לא היה זמין באותו רגע (SIP 480).</translation>
    </message>
    <message>
        <source>The trunk works as far as the carrier; try again, or call another number.</source>
        <translation>הטראנק עובד עד הספק; יש לנסות שוב או להתקשר למספר אחר.</translation>
    </message>
    <message>
        <source>The called number was busy (SIP %1).</source>
        <translation>המספר שנקרא היה תפוס (SIP %1).</translation>
    </message>
    <message>
        <source>The trunk works; try again later.</source>
        <translation>הטראנק עובד; יש לנסות שוב מאוחר יותר.</translation>
    </message>
    <message>
        <source>The call was cancelled before it was answered (SIP 487).</source>
        <translation>השיחה בוטלה לפני שנענתה (SIP 487).</translation>
    </message>
    <message>
        <source>The trunk works; place the call again and pick up.</source>
        <translation>הטראנק עובד; יש להתקשר שוב ולענות.</translation>
    </message>
    <message>
        <source>The call failed on media negotiation (SIP %1: codecs or encryption).</source>
        <translation>השיחה נכשלה במשא ומתן על המדיה (SIP %1: מקודדים או הצפנה).</translation>
    </message>
    <message>
        <source>Check the trunk&apos;s transport and the carrier&apos;s codecs.</source>
        <translation>יש לבדוק את ההעברה של הטראנק ואת המקודדים של הספק.</translation>
    </message>
    <message>
        <source>The called party declined the call (SIP 603).</source>
        <translation>הצד הנקרא דחה את השיחה (SIP 603).</translation>
    </message>
    <message>
        <source>The trunk works; call a phone that will answer.</source>
        <translation>הטראנק עובד; יש להתקשר לטלפון שיענה.</translation>
    </message>
    <message>
        <source>Cloudonix or its carrier could not take the call (SIP %1).</source>
        <translation>Cloudonix או הספק שלה לא יכלו לקבל את השיחה (SIP %1).</translation>
    </message>
    <message>
        <source>Check the domain&apos;s outbound carrier trunk, then try again.</source>
        <translation>יש לבדוק את טראנק הספק היוצא של הדומיין ולנסות שוב.</translation>
    </message>
    <message>
        <source>The SIP side refused the call (SIP %1: %2).</source>
        <translation>צד ה-SIP דחה את השיחה (SIP %1: %2).</translation>
    </message>
    <message>
        <source>Check the domain&apos;s settings and its carrier trunk in the Cloudonix console.</source>
        <translation>יש לבדוק את הגדרות הדומיין ואת טראנק הספק שלו במסוף של Cloudonix.</translation>
    </message>
    <message>
        <source>Vapi ended the call without giving a reason.</source>
        <translation>Vapi סיימה את השיחה בלי לתת סיבה.</translation>
    </message>
    <message>
        <source>Open the call in Vapi&apos;s call log for its details.</source>
        <translation>יש לפתוח את השיחה ביומן השיחות של Vapi כדי לראות את הפרטים.</translation>
    </message>
    <message>
        <source>The call connected through the trunk and ended normally: the trunk works.</source>
        <translation>השיחה עברה דרך הטראנק והסתיימה כרגיל: הטראנק עובד.</translation>
    </message>
    <message>
        <source>The call reached the number and rang, but nobody answered.</source>
        <translation>השיחה הגיעה למספר וצלצלה, אבל איש לא ענה.</translation>
    </message>
    <message>
        <source>The trunk works; try again and pick up.</source>
        <translation>הטראנק עובד; יש לנסות שוב ולענות.</translation>
    </message>
    <message>
        <source>The called number was busy.</source>
        <translation>המספר שנקרא היה תפוס.</translation>
    </message>
    <message>
        <source>The caller hung up before the assistant answered.</source>
        <translation>המתקשר ניתק לפני שהעוזר ענה.</translation>
    </message>
    <message>
        <source>The trunk works; call again and wait for the assistant.</source>
        <translation>הטראנק עובד; יש להתקשר שוב ולחכות לעוזר.</translation>
    </message>
    <message>
        <source>The number dialled does not exist, as the phone network reports.</source>
        <translation>המספר שחויג אינו קיים, לפי רשת הטלפון.</translation>
    </message>
    <message>
        <source>Check the number you called.</source>
        <translation>יש לבדוק את המספר שאליו התקשרת.</translation>
    </message>
    <message>
        <source>The web caller did not allow the microphone.</source>
        <translation>המתקשר מהדפדפן לא התיר את המיקרופון.</translation>
    </message>
    <message>
        <source>This is a web call, not a call through the trunk; allow the microphone and try again.</source>
        <translation>זו שיחת רשת, לא שיחה דרך הטראנק; יש להתיר את המיקרופון ולנסות שוב.</translation>
    </message>
    <message>
        <source>The call was cancelled or deleted before it ended by itself.</source>
        <translation>השיחה בוטלה או נמחקה לפני שהסתיימה מעצמה.</translation>
    </message>
    <message>
        <source>Place the call again if you still need it.</source>
        <translation>אפשר לבצע את השיחה שוב אם עדיין צריך אותה.</translation>
    </message>
    <message>
        <source>Vapi did not accept the call that Cloudonix sent it.</source>
        <translation>Vapi לא קיבלה את השיחה ש-Cloudonix שלחה אליה.</translation>
    </message>
    <message>
        <source>Check that Cloudonix&apos;s addresses are the trunk&apos;s inbound gateways, and that the number is on the trunk in Vapi.</source>
        <translation>יש לוודא שהכתובות של Cloudonix הן השערים הנכנסים של הטראנק ושהמספר נמצא על הטראנק ב-Vapi.</translation>
    </message>
    <message>
        <source>Vapi could not reach Cloudonix over SIP.</source>
        <translation>Vapi לא הצליחה להגיע ל-Cloudonix ב-SIP.</translation>
    </message>
    <message>
        <source>Check the gateway host, port and transport, and any firewall between them; the SIP probe shows whether the gateway answers.</source>
        <translation>יש לבדוק את המארח, הפתחה וההעברה של השער, וכל חומת אש ביניהן; בדיקת ה-SIP מראה אם השער עונה.</translation>
    </message>
    <message>
        <source>The call connected, but no sound reached the assistant.</source>
        <translation>השיחה התחברה, אבל שום קול לא הגיע לעוזר.</translation>
    </message>
    <message>
        <source>Check that media (RTP) can flow between Cloudonix and Vapi: firewalls and NAT, and the codecs of the carrier.</source>
        <translation>יש לוודא שמדיה (RTP) יכולה לעבור בין Cloudonix ל-Vapi: חומות אש ו-NAT, והמקודדים של הספק.</translation>
    </message>
    <message>
        <source>Vapi cannot call out from this number: a Vapi SIP URI number only receives calls.</source>
        <translation>Vapi לא יכולה להתקשר מהמספר הזה: מספר SIP URI של Vapi רק מקבל שיחות.</translation>
    </message>
    <message>
        <source>Place the call from a number on the trunk.</source>
        <translation>יש להתקשר ממספר שעל הטראנק.</translation>
    </message>
    <message>
        <source>Vapi could not find the number the call was to come from.</source>
        <translation>Vapi לא מצאה את המספר שממנו השיחה הייתה אמורה לצאת.</translation>
    </message>
    <message>
        <source>Run Sync for the domain, and call from a number the dashboard shows as active.</source>
        <translation>יש להריץ „Sync” עבור הדומיין ולהתקשר ממספר שלוח הבקרה מציג כפעיל.</translation>
    </message>
    <message>
        <source>Vapi refused the call&apos;s details (the number called or its format).</source>
        <translation>Vapi דחתה את פרטי השיחה (המספר שנקרא או התבנית שלו).</translation>
    </message>
    <message>
        <source>Call a number in international form, starting with +.</source>
        <translation>יש להתקשר למספר בתבנית בינלאומית, שמתחיל ב-+.</translation>
    </message>
    <message>
        <source>Vapi refused to start the call because of the Vapi account (%1).</source>
        <translation>Vapi סירבה להתחיל את השיחה בגלל חשבון ה-Vapi (%1).</translation>
    </message>
    <message>
        <source>Check the account&apos;s credits, subscription and limits in the Vapi dashboard.</source>
        <translation>יש לבדוק את היתרה, המינוי והמגבלות של החשבון בלוח הבקרה של Vapi.</translation>
    </message>
    <message>
        <source>Vapi refused to start the call: a limit of Vapi&apos;s own numbers (%1).</source>
        <translation>Vapi סירבה להתחיל את השיחה: מגבלה של המספרים של Vapi עצמה (%1).</translation>
    </message>
    <message>
        <source>Call from a number on the Cloudonix trunk instead.</source>
        <translation>יש להתקשר במקום זאת ממספר שעל הטראנק של Cloudonix.</translation>
    </message>
    <message>
        <source>Vapi could not use the assistant for this call (%1).</source>
        <translation>Vapi לא יכלה להשתמש בעוזר לשיחה הזו (%1).</translation>
    </message>
    <message>
        <source>Check that the assistant exists and is set up completely in the Vapi dashboard.</source>
        <translation>יש לוודא שהעוזר קיים ומוגדר במלואו בלוח הבקרה של Vapi.</translation>
    </message>
    <message>
        <source>The assistant did not join the call (%1).</source>
        <translation>העוזר לא הצטרף לשיחה (%1).</translation>
    </message>
    <message>
        <source>Check the assistant&apos;s model, voice and transcriber in the Vapi dashboard, then try again.</source>
        <translation>יש לבדוק את המודל, הקול והתמלול של העוזר בלוח הבקרה של Vapi, ולנסות שוב.</translation>
    </message>
    <message>
        <source>Vapi could not start the call (%1).</source>
        <translation>Vapi לא הצליחה להתחיל את השיחה (%1).</translation>
    </message>
    <message>
        <source>Try again; if it happens again, see Vapi&apos;s status page and call log.</source>
        <translation>יש לנסות שוב; אם זה קורה שוב, יש לעיין בדף המצב וביומן השיחות של Vapi.</translation>
    </message>
    <message>
        <source>The assistant&apos;s transfer did not complete (%1).</source>
        <translation>ההעברה של העוזר לא הושלמה (%1).</translation>
    </message>
    <message>
        <source>Check the transfer destination set in the assistant.</source>
        <translation>יש לבדוק את יעד ההעברה שמוגדר בעוזר.</translation>
    </message>
    <message>
        <source>The assistant&apos;s configuration stopped the call (%1).</source>
        <translation>ההגדרות של העוזר עצרו את השיחה (%1).</translation>
    </message>
    <message>
        <source>Check the assistant&apos;s model and transport settings in the Vapi dashboard.</source>
        <translation>יש לבדוק את הגדרות המודל וההעברה של העוזר בלוח הבקרה של Vapi.</translation>
    </message>
    <message>
        <source>The call failed inside Vapi (%1), not on the trunk.</source>
        <translation>השיחה נכשלה בתוך Vapi (%1), לא בטראנק.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, see Vapi&apos;s status page.</source>
        <translation>יש לנסות שוב; אם זה ממשיך לקרות, יש לעיין בדף המצב של Vapi.</translation>
    </message>
    <message>
        <source>A provider the assistant uses (its model, voice or transcriber) failed (%1).</source>
        <translation>ספק שהעוזר משתמש בו (המודל, הקול או התמלול שלו) נכשל (%1).</translation>
    </message>
    <message>
        <source>Check that provider&apos;s API key in the Vapi dashboard.</source>
        <translation>יש לבדוק את מפתח ה-API של הספק הזה בלוח הבקרה של Vapi.</translation>
    </message>
    <message>
        <source>That provider&apos;s quota or rate limit was reached: check its plan, then try again.</source>
        <translation>הגיעה המכסה או מגבלת הקצב של הספק הזה: יש לבדוק את המסלול שלו ולנסות שוב.</translation>
    </message>
    <message>
        <source>Try again, or choose another provider for the assistant.</source>
        <translation>יש לנסות שוב, או לבחור ספק אחר לעוזר.</translation>
    </message>
    <message>
        <source>The call went through another phone provider, which ended it (%1).</source>
        <translation>השיחה עברה דרך ספק טלפוניה אחר, שסיים אותה (%1).</translation>
    </message>
    <message>
        <source>Test calls for this trunk go from a number on the Cloudonix trunk; call from one of those.</source>
        <translation>שיחות בדיקה לטראנק הזה יוצאות ממספר שעל הטראנק של Cloudonix; יש להתקשר מאחד מהם.</translation>
    </message>
    <message>
        <source>The called party ended or refused the call (%1).</source>
        <translation>הצד הנקרא סיים או דחה את השיחה (%1).</translation>
    </message>
    <message>
        <source>The trunk probably works; call again and answer.</source>
        <translation>כנראה שהטראנק עובד; יש להתקשר שוב ולענות.</translation>
    </message>
    <message>
        <source>The assistant ended the call (%1).</source>
        <translation>העוזר סיים את השיחה (%1).</translation>
    </message>
    <message>
        <source>Check the assistant&apos;s configuration in the Vapi dashboard.</source>
        <translation>יש לבדוק את ההגדרות של העוזר בלוח הבקרה של Vapi.</translation>
    </message>
    <message>
        <source>The call ended while ringing (%1).</source>
        <translation>השיחה הסתיימה בזמן הצלצול (%1).</translation>
    </message>
    <message>
        <source>Check the trunk&apos;s gateways; the SIP probe shows whether the gateway answers.</source>
        <translation>יש לבדוק את שערי הטראנק; בדיקת ה-SIP מראה אם השער עונה.</translation>
    </message>
    <message>
        <source>Vapi ended the call with a reason Trunk Wizard does not know yet (%1).</source>
        <translation>Vapi סיימה את השיחה מסיבה ש-Trunk Wizard עדיין לא מכיר (%1).</translation>
    </message>
</context>
<context>
    <name>tw::EndpointPolicy</name>
    <message>
        <source>&quot;%1&quot; is not a whole web address; write it starting with https:// (plain http:// only for 127.0.0.1, ::1 and localhost), for example https://api.vapi.ai.</source>
        <translation>„%1” אינה כתובת אינטרנט מלאה; יש לכתוב אותה כך שתתחיל ב-https://‏ (http://‏ פשוט רק עבור 127.0.0.1,‏ ::1 ו-localhost), למשל https://api.vapi.ai.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a plain base address, without user, query or fragment.</source>
        <translation>„%1” חייבת להיות כתובת בסיס פשוטה, בלי משתמש, שאילתה או מקטע.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain http; API keys are only sent over https (plain http is allowed only for 127.0.0.1, ::1 and localhost).</source>
        <translation>„%1” משתמשת ב-http פשוט; מפתחות API נשלחים רק ב-https (‏http פשוט מותר רק עבור 127.0.0.1,‏ ::1 ו-localhost).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with https://.</source>
        <translation>„%1” חייבת להתחיל ב-https://.</translation>
    </message>
</context>
<context>
    <name>tw::FieldError</name>
    <message>
        <source>&quot;%1&quot; is not a field of the desired state (fields here: %2).</source>
        <translation>„%1” אינו שדה של המצב הרצוי (השדות כאן: %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the desired state; did you mean &quot;%2&quot;?</source>
        <translation>„%1” אינו שדה של המצב הרצוי; האם הכוונה ל„%2”?</translation>
    </message>
</context>
<context>
    <name>tw::FinishPage</name>
    <message>
        <source>Your domain is connected to Vapi</source>
        <translation>הדומיין שלך מחובר ל-Vapi</translation>
    </message>
    <message>
        <source>Place a test call to hear an assistant answer through the new trunk.</source>
        <translation>אפשר לבצע שיחת בדיקה ולשמוע עוזר עונה דרך הטראנק החדש.</translation>
    </message>
    <message>
        <source>&amp;Place a test call</source>
        <translation>ביצוע &amp;שיחת בדיקה</translation>
    </message>
    <message>
        <source>Open &amp;dashboard</source>
        <translation>פתיחת לוח ה&amp;בקרה</translation>
    </message>
    <message>
        <source>Test call</source>
        <translation>שיחת בדיקה</translation>
    </message>
    <message>
        <source>Fro&amp;m number:</source>
        <translation>מ&amp;מספר:</translation>
    </message>
    <message>
        <source>+1 212 555 0100</source>
        <translation>+1 212 555 0100</translation>
    </message>
    <message>
        <source>&amp;To number:</source>
        <translation>א&amp;ל מספר:</translation>
    </message>
    <message>
        <source>Your own phone: Vapi calls it from the number above through the trunk.</source>
        <translation>הטלפון שלך: Vapi מתקשרת אליו מהמספר שלמעלה דרך הטראנק.</translation>
    </message>
    <message>
        <source>&amp;Assistant:</source>
        <translation>ע&amp;וזר:</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>דומיין</translation>
    </message>
    <message>
        <source>Inbound SIP host</source>
        <translation>מארח SIP נכנס</translation>
    </message>
    <message>
        <source>Vapi SIP trunk</source>
        <translation>טראנק SIP של Vapi</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>מספרים</translation>
    </message>
    <message>
        <source>To number: %1</source>
        <translation>אל מספר: %1</translation>
    </message>
    <message>
        <source>Placing the call…</source>
        <translation>מבצע את השיחה…</translation>
    </message>
    <message>
        <source>Call status: %1</source>
        <translation>מצב השיחה: %1</translation>
    </message>
    <message>
        <source>Vapi&apos;s reason: %1; side: %2</source>
        <translation>הסיבה של Vapi: %1; צד: %2</translation>
    </message>
</context>
<context>
    <name>tw::GatewayAddress</name>
    <message>
        <source>the unspecified address (0.0.0.0/8)</source>
        <translation>הכתובת הלא מוגדרת (0.0.0.0/8)</translation>
    </message>
    <message>
        <source>a loopback address, this computer&apos;s own (127.0.0.0/8)</source>
        <translation>כתובת לולאה חוזרת, של המחשב הזה עצמו (127.0.0.0/8)</translation>
    </message>
    <message>
        <source>a multicast address (224.0.0.0/4)</source>
        <translation>כתובת ריבוי שידור (224.0.0.0/4)</translation>
    </message>
    <message>
        <source>the broadcast address</source>
        <translation>כתובת השידור</translation>
    </message>
    <message>
        <source>a reserved address (240.0.0.0/4)</source>
        <translation>כתובת שמורה (240.0.0.0/4)</translation>
    </message>
    <message>
        <source>The gateway address is empty.</source>
        <translation>כתובת השער ריקה.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv6 address; Vapi gateways take IPv4 addresses or host names.</source>
        <translation>„%1” היא כתובת IPv6; שערי Vapi מקבלים כתובות IPv4 או שמות מארח.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain address; enter only the host name or IPv4 address, without &quot;sip:&quot; or &quot;https://&quot;, user or port.</source>
        <translation>„%1” אינה כתובת פשוטה; יש להזין רק את שם המארח או את כתובת ה-IPv4, בלי „sip:” או „https://”, משתמש או פתחה.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unreadable network size after the &quot;/&quot;.</source>
        <translation>ל-„%1” יש גודל רשת לא קריא אחרי ה-„/”.</translation>
    </message>
    <message>
        <source>%1 is %2, so Vapi can never reach it or be called from it; enter the address Cloudonix gives for the domain.</source>
        <translation>%1 היא %2, ולכן Vapi לעולם לא תוכל להגיע אליה או לקבל ממנה שיחות; יש להזין את הכתובת ש-Cloudonix נותנת לדומיין.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 network; a &quot;/&quot; only follows an IPv4 address.</source>
        <translation>„%1” אינה רשת IPv4; „/” מופיע רק אחרי כתובת IPv4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IPv4 address nor a host name.</source>
        <translation>„%1” אינה כתובת IPv4 ואינה שם מארח.</translation>
    </message>
</context>
<context>
    <name>tw::Glossary</name>
    <message>
        <source>SIP trunk</source>
        <translation>טראנק SIP</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>שער</translation>
    </message>
    <message>
        <source>Inbound SIP host</source>
        <translation>מארח SIP נכנס</translation>
    </message>
    <message>
        <source>Options ping</source>
        <translation>פינג OPTIONS</translation>
    </message>
    <message>
        <source>Leading plus</source>
        <translation>פלוס מוביל</translation>
    </message>
    <message>
        <source>E.164 number</source>
        <translation>מספר E.164</translation>
    </message>
    <message>
        <source>Border-to-border calls</source>
        <translation>שיחות מגבול לגבול</translation>
    </message>
    <message>
        <source>Redirect unknown destination to border</source>
        <translation>הפניית יעדים לא מוכרים לגבול</translation>
    </message>
    <message>
        <source>DNID</source>
        <translation>DNID</translation>
    </message>
    <message>
        <source>Call routing (CXML)</source>
        <translation>ניתוב שיחות (CXML)</translation>
    </message>
    <message>
        <source>Carrier trunk</source>
        <translation>טראנק ספק</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>עוזר</translation>
    </message>
    <message>
        <source>A SIP trunk is a phone line between two systems over the internet. Here it joins your Cloudonix domain and Vapi: calls to your numbers reach a Vapi assistant through it, and the assistant&apos;s calls go out through Cloudonix. In Vapi it is a &quot;BYO SIP trunk&quot; credential; keep one trunk per Cloudonix domain.</source>
        <translation>טראנק SIP הוא קו טלפון בין שתי מערכות דרך האינטרנט. כאן הוא מחבר את הדומיין שלך ב-Cloudonix ל-Vapi: שיחות למספרים שלך מגיעות דרכו לעוזר של Vapi, והשיחות של העוזר יוצאות דרך Cloudonix. ב-Vapi הוא אישור מסוג „BYO SIP trunk”; כדאי להחזיק טראנק אחד לכל דומיין של Cloudonix.</translation>
    </message>
    <message>
        <source>A gateway is an address a trunk exchanges calls with: a host name (FQDN) or an IP address. Vapi sends its outbound calls to the gateway named by your domain&apos;s inbound SIP host, and accepts inbound calls only from gateways given as IP addresses, so the trunk has one outbound host gateway and Cloudonix&apos;s addresses as inbound gateways.</source>
        <translation>שער הוא כתובת שאיתה טראנק מחליף שיחות: שם מארח (FQDN) או כתובת IP. Vapi שולחת את השיחות היוצאות שלה לשער ששמו הוא מארח ה-SIP הנכנס של הדומיין שלך, ומקבלת שיחות נכנסות רק משערים שניתנו ככתובות IP; לכן לטראנק יש שער יוצא לפי מארח, והכתובות של Cloudonix משמשות כשערים נכנסים.</translation>
    </message>
    <message>
        <source>The address Cloudonix gives each domain for the calls it receives, such as dd7a2a82-2457-3578-a63b-bd132950c857.sip.cloudonix.net. Trunk Wizard reads it from Cloudonix; in Vapi it is the trunk&apos;s &quot;Gateway IP address / FQDN&quot;.</source>
        <translation>הכתובת ש-Cloudonix נותנת לכל דומיין עבור השיחות שהוא מקבל, למשל dd7a2a82-2457-3578-a63b-bd132950c857.sip.cloudonix.net. ‏Trunk Wizard קורא אותה מ-Cloudonix; ב-Vapi זו ה-„Gateway IP address / FQDN” של הטראנק.</translation>
    </message>
    <message>
        <source>With &quot;Enable options ping&quot; on, Vapi sends a small SIP OPTIONS message to the gateway every few seconds to check that it answers, which also keeps the connection alive. Cloudonix answers these messages. &quot;Check SIP&quot; in Trunk Wizard sends the same message.</source>
        <translation>כש„הפעלת פינג OPTIONS” פעילה, Vapi שולחת כל כמה שניות הודעת SIP OPTIONS קטנה לשער כדי לבדוק שהוא עונה, וכך גם שומרת על החיבור פתוח. Cloudonix עונה להודעות האלה. „בדיקת SIP” ב-Trunk Wizard שולחת את אותה הודעה.</translation>
    </message>
    <message>
        <source>With &quot;Enable leading plus for outbound calls&quot; on, Vapi puts a + before the numbers it dials, so they reach Cloudonix in E.164 format: 12127773456 goes out as +12127773456. Cloudonix recommends it, so that every number it routes is unique.</source>
        <translation>כש„הפעלת פלוס מוביל לשיחות יוצאות” פעילה, Vapi מוסיפה + לפני המספרים שהיא מחייגת, כך שהם מגיעים ל-Cloudonix בתבנית E.164: ‏12127773456 יוצא כ-+12127773456. ‏Cloudonix ממליצה על כך, כדי שכל מספר שהיא מנתבת יהיה ייחודי.</translation>
    </message>
    <message>
        <source>E.164 is the international format of a phone number: a +, the country code, then the subscriber number without its leading 0, at most 15 digits and no spaces. +12127773456 is a New York number, +442071234567 a London one. Trunk Wizard keeps every number in this format.</source>
        <translation>E.164 היא התבנית הבינלאומית של מספר טלפון: +, קידומת המדינה, ואז מספר המנוי בלי ה-0 שבתחילתו, עד 15 ספרות וללא רווחים. ‏+12127773456 הוא מספר בניו יורק, ו-+442071234567 מספר בלונדון. Trunk Wizard שומר כל מספר בתבנית הזו.</translation>
    </message>
    <message>
        <source>&quot;Allow border-to-border calls&quot; is a setting of a Cloudonix domain. It lets a call that came in from outside the domain (here from Vapi) go out again to another outside party, such as your carrier. Without it, Cloudonix refuses the assistant&apos;s outbound calls.</source>
        <translation>„התרת שיחות מגבול לגבול” היא הגדרה של דומיין ב-Cloudonix. היא מאפשרת לשיחה שהגיעה מחוץ לדומיין (כאן מ-Vapi) לצאת שוב אל צד חיצוני אחר, כמו הספק שלך. בלעדיה Cloudonix דוחה את השיחות היוצאות של העוזר.</translation>
    </message>
    <message>
        <source>&quot;Redirect unknown destination to border&quot; is a setting of a Cloudonix domain: a call to a number that is not one of the domain&apos;s own goes out to the border (your carriers) instead of being refused. The assistant&apos;s calls to your customers need it.</source>
        <translation>„הפניית יעדים לא מוכרים לגבול” היא הגדרה של דומיין ב-Cloudonix: שיחה למספר שאינו שייך לדומיין יוצאת לגבול (הספקים שלך) במקום להידחות. השיחות של העוזר ללקוחות שלך זקוקות לה.</translation>
    </message>
    <message>
        <source>The DNID (dialed number identification) is the number a caller dialed. In Cloudonix a DNID entry says which application answers the calls to that number; Trunk Wizard adds one for each of your numbers, so that their calls go to Vapi.</source>
        <translation>ה-DNID (זיהוי המספר שחויג) הוא המספר שהמתקשר חייג. ב-Cloudonix רשומת DNID קובעת איזה יישום עונה לשיחות למספר הזה; Trunk Wizard מוסיף רשומה כזו לכל אחד מהמספרים שלך, כדי שהשיחות שלהם יגיעו ל-Vapi.</translation>
    </message>
    <message>
        <source>A Cloudonix application, written in CXML (Cloudonix&apos;s call-control XML), decides what happens to a call. Trunk Wizard&apos;s application passes calls to Vapi with &lt;Dial&gt;&lt;Service provider=&quot;vapi&quot;&gt;, and the DNIDs send your numbers&apos; calls to it.</source>
        <translation>יישום של Cloudonix, שנכתב ב-CXML (שפת ה-XML של Cloudonix לשליטה בשיחות), קובע מה קורה לשיחה. היישום של Trunk Wizard מעביר שיחות ל-Vapi עם &lt;Dial&gt;&lt;Service provider=&quot;vapi&quot;&gt;, וה-DNID-ים שולחים אליו את השיחות של המספרים שלך.</translation>
    </message>
    <message>
        <source>A carrier trunk connects your Cloudonix domain to a telephone carrier (such as Telnyx or Twilio), which carries calls to and from the public phone network. Without one, the assistant&apos;s outbound calls have nowhere to go after Cloudonix.</source>
        <translation>טראנק ספק מחבר את הדומיין שלך ב-Cloudonix לספק טלפוניה (כמו Telnyx או Twilio), שמעביר שיחות אל רשת הטלפון הציבורית וממנה. בלעדיו לשיחות היוצאות של העוזר אין לאן להמשיך אחרי Cloudonix.</translation>
    </message>
    <message>
        <source>A Vapi assistant is the voice AI agent that answers and places calls. Each phone number on the trunk is attached to one assistant, which answers the calls to that number.</source>
        <translation>עוזר של Vapi הוא סוכן הקול מבוסס הבינה המלאכותית שעונה לשיחות ומבצע אותן. כל מספר טלפון על הטראנק משויך לעוזר אחד, שעונה לשיחות למספר הזה.</translation>
    </message>
    <message>
        <source>E.164 format</source>
        <translation>תבנית E.164</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>קידומת מדינה</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>מדינה</translation>
    </message>
    <message>
        <source>Local number</source>
        <translation>מספר מקומי</translation>
    </message>
    <message>
        <source>Subscriber number</source>
        <translation>מספר מנוי</translation>
    </message>
</context>
<context>
    <name>tw::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>מילון מונחים</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>מונחים</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>הסבר</translation>
    </message>
</context>
<context>
    <name>tw::HealthPanel</name>
    <message>
        <source>Health check results</source>
        <translation>תוצאות בדיקת התקינות</translation>
    </message>
    <message>
        <source>Earlier SIP checks</source>
        <translation>בדיקות SIP קודמות</translation>
    </message>
    <message>
        <source>Check SIP</source>
        <translation>בדיקת SIP</translation>
    </message>
    <message>
        <source>Send SIP OPTIONS to each gateway of the trunk: does it answer, and how fast?</source>
        <translation>שליחת SIP OPTIONS לכל שער של הטראנק: האם הוא עונה, ובאיזו מהירות?</translation>
    </message>
    <message>
        <source>Troubleshoot</source>
        <translation>איתור תקלות</translation>
    </message>
    <message>
        <source>Look for the misconfigurations that most often break calls, each with its fix (checks SIP too)</source>
        <translation>חיפוש טעויות ההגדרה ששוברות שיחות לרוב, כל אחת עם התיקון שלה (בודק גם SIP)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>תקינות</translation>
    </message>
    <message>
        <source>Asking the gateways of %1 over SIP…</source>
        <translation>שואל את השערים של %1 ב-SIP…</translation>
    </message>
    <message>
        <source>Looking for problems in %1…</source>
        <translation>מחפש בעיות ב-%1…</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation>עונים: %1</translation>
    </message>
    <message>
        <source>Fails: %1</source>
        <translation>נכשלים: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>בעיה: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>אזהרה: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>None yet: Check SIP asks each gateway of the trunk.</source>
        <translation>עדיין אין: „בדיקת SIP” שואלת כל שער של הטראנק.</translation>
    </message>
    <message>
        <source>Chec&amp;k SIP</source>
        <translation>בדיקת &amp;SIP</translation>
    </message>
    <message>
        <source>Tro&amp;ubleshoot</source>
        <translation>&amp;איתור תקלות</translation>
    </message>
</context>
<context>
    <name>tw::HttpTransport</name>
    <message>
        <source>the answer was larger than %1 MB, far more than any real answer, so its transfer was stopped</source>
        <translation>התשובה הייתה גדולה מ-%1 MB, הרבה יותר מכל תשובה אמיתית, ולכן ההעברה שלה נעצרה</translation>
    </message>
</context>
<context>
    <name>tw::KeychainSecretStore</name>
    <message>
        <source>No API key of %1 is in the keychain.</source>
        <translation>אין במחזיק המפתחות מפתח API של %1.</translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked); unlock it and try again.</source>
        <translation>מחזיק המפתחות סירב לגישה (ייתכן שהוא נעול); יש לשחרר אותו ולנסות שוב.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the API key cannot be stored safely; start the desktop keyring (GNOME Keyring or KWallet) and try again. The key was not saved anywhere else.</source>
        <translation>אין מחזיק מפתחות זמין במחשב הזה, ולכן אי אפשר לשמור את מפתח ה-API באופן בטוח; יש להפעיל את מחזיק המפתחות של שולחן העבודה (GNOME Keyring או KWallet) ולנסות שוב. המפתח לא נשמר בשום מקום אחר.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the stored API key of %1 cannot be read; start the desktop keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation>אין מחזיק מפתחות זמין במחשב הזה, ולכן אי אפשר לקרוא את מפתח ה-API השמור של %1; יש להפעיל את מחזיק המפתחות של שולחן העבודה (GNOME Keyring או KWallet) ולנסות שוב.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the API key of %1 cannot be removed; start the desktop keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation>אין מחזיק מפתחות זמין במחשב הזה, ולכן אי אפשר להסיר את מפתח ה-API של %1; יש להפעיל את מחזיק המפתחות של שולחן העבודה (GNOME Keyring או KWallet) ולנסות שוב.</translation>
    </message>
    <message>
        <source>The keychain reported an error; see the details.</source>
        <translation>מחזיק המפתחות דיווח על שגיאה; ראו את הפרטים.</translation>
    </message>
</context>
<context>
    <name>tw::MainWindow</name>
    <message>
        <source>&amp;Set up a domain…</source>
        <translation>&amp;הגדרת דומיין…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <source>Trunk Wizard</source>
        <translation>Trunk Wizard</translation>
    </message>
    <message>
        <source>Cloudonix domains connected to Vapi</source>
        <translation>דומיינים של Cloudonix שמחוברים ל-Vapi</translation>
    </message>
    <message>
        <source>Set up a domain…</source>
        <translation>הגדרת דומיין…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>הגדרות…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>עזרה</translation>
    </message>
    <message>
        <source>The glossary: the telecom terms of Trunk Wizard in plain words (F1)</source>
        <translation>מילון המונחים: מונחי הטלפוניה של Trunk Wizard במילים פשוטות (F1)</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>דומיינים</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>פעילות</translation>
    </message>
    <message>
        <source>%1 Requests through a TLS-inspecting proxy will be refused until you choose another file in Settings.</source>
        <translation>%1 בקשות דרך שרת מתווך שבודק TLS יידחו עד שייבחר קובץ אחר בהגדרות.</translation>
    </message>
    <message>
        <source>The sandbox could not be started.</source>
        <translation>לא ניתן היה להפעיל את ארגז החול.</translation>
    </message>
    <message>
        <source>Trunk Wizard — Sandbox</source>
        <translation>Trunk Wizard — ארגז חול</translation>
    </message>
    <message>
        <source>Setti&amp;ngs…</source>
        <translation>ה&amp;גדרות…</translation>
    </message>
</context>
<context>
    <name>tw::MemorySecretStore</name>
    <message>
        <source>The secret store is not available.</source>
        <translation>מאגר הסודות אינו זמין.</translation>
    </message>
    <message>
        <source>No key is stored for %1.</source>
        <translation>לא שמור מפתח עבור %1.</translation>
    </message>
</context>
<context>
    <name>tw::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>העתקה</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>העתקת הפרטים</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>סגירת ההודעה</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>מידע</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>הושלם</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>אזהרה</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>שגיאה</translation>
    </message>
</context>
<context>
    <name>tw::NumberChangeDialog</name>
    <message>
        <source>Add numbers to %1</source>
        <translation>הוספת מספרים ל-%1</translation>
    </message>
    <message>
        <source>Change the assistant</source>
        <translation>החלפת העוזר</translation>
    </message>
    <message>
        <source>+1 212 777 3456
+44 20 7123 4567</source>
        <translation>+1 212 777 3456
+44 20 7123 4567</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;מספרים:</translation>
    </message>
    <message>
        <source>One per line, in international format or as dialled in %1.</source>
        <translation>אחד בכל שורה, בתבנית בינלאומית או כפי שמחייגים ב-%1.</translation>
    </message>
    <message>
        <source>the default country</source>
        <translation>מדינת ברירת המחדל</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ועוד %n</numerusform>
            <numerusform>ועוד %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s):</source>
        <translation>
            <numerusform>מספר %n:</numerusform>
            <numerusform>%n מספרים:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Assistant:</source>
        <translation>ע&amp;וזר:</translation>
    </message>
    <message>
        <source>Vapi answers calls to these numbers with this assistant.</source>
        <translation>Vapi עונה לשיחות למספרים האלה עם העוזר הזה.</translation>
    </message>
    <message>
        <source>&amp;Review the changes…</source>
        <translation>&amp;סקירת השינויים…</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>שורה %1: %2</translation>
    </message>
    <message>
        <source>Type at least one number.</source>
        <translation>יש להקליד לפחות מספר אחד.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are not numbers Vapi can take.</source>
        <translation>
            <numerusform>שורה %n אינה מספר ש-Vapi יכולה לקבל.</numerusform>
            <numerusform>%n שורות אינן מספרים ש-Vapi יכולה לקבל.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::NumberDelegate</name>
    <message>
        <source>Assistant</source>
        <translation>עוזר</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(אין)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>אופן</translation>
    </message>
    <message>
        <source>On the trunk</source>
        <translation>על הטראנק</translation>
    </message>
    <message>
        <source>Vapi SIP URI</source>
        <translation>SIP URI של Vapi</translation>
    </message>
</context>
<context>
    <name>tw::NumberTableModel</name>
    <message>
        <source>Checking…</source>
        <translation>בודק…</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>תקין</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(אין)</translation>
    </message>
    <message>
        <source>Vapi SIP URI</source>
        <translation>SIP URI של Vapi</translation>
    </message>
    <message>
        <source>On the trunk</source>
        <translation>על הטראנק</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>מספר</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>בדיקה</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>עוזר</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>אופן</translation>
    </message>
</context>
<context>
    <name>tw::NumbersPage</name>
    <message>
        <source>Choose the numbers</source>
        <translation>בחירת המספרים</translation>
    </message>
    <message>
        <source>Each number is registered on the trunk in Vapi and answered by its assistant.</source>
        <translation>כל מספר נרשם על הטראנק ב-Vapi ונענה על ידי העוזר שלו.</translation>
    </message>
    <message>
        <source>A&amp;dd numbers</source>
        <translation>הו&amp;ספת מספרים</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;ייבוא CSV…</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>הסרת ה&amp;נבחרים</translation>
    </message>
    <message>
        <source>+1 212 777 3456
+44 20 7123 4567
(one per line; paste as many as you like)</source>
        <translation>+1 212 777 3456
+44 20 7123 4567
(אחד בכל שורה; אפשר להדביק כמה שרוצים)</translation>
    </message>
    <message>
        <source>Numbers &amp;to add:</source>
        <translation>&amp;מספרים להוספה:</translation>
    </message>
    <message>
        <source>None: international format only</source>
        <translation>אין: רק תבנית בינלאומית</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>מ&amp;דינת ברירת מחדל:</translation>
    </message>
    <message>
        <source>&amp;Assistant for new numbers:</source>
        <translation>ע&amp;וזר למספרים חדשים:</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>מספרים</translation>
    </message>
    <message>
        <source>Import numbers</source>
        <translation>ייבוא מספרים</translation>
    </message>
    <message>
        <source>Numbers (*.csv *.txt);;All files (*)</source>
        <translation>מספרים (*.csv *.txt);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); choose a CSV or text file with one number per line. Nothing was added.</source>
        <translation>לא ניתן היה לקרוא את %1 (%2); יש לבחור קובץ CSV או קובץ טקסט עם מספר אחד בכל שורה. דבר לא נוסף.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>מספר %n</numerusform>
            <numerusform>%n מספרים</numerusform>
        </translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>בודק…</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n cannot be used (see Check); they are left out</source>
        <translation>
            <numerusform>⚠ %n אינו שמיש (ראו „בדיקה”); הוא נשאר בחוץ</numerusform>
            <numerusform>⚠ %n אינם שמישים (ראו „בדיקה”); הם נשארים בחוץ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listed twice (added once)</source>
        <translation>
            <numerusform>%n מופיע פעמיים (נוסף פעם אחת)</numerusform>
            <numerusform>%n מופיעים פעמיים (נוספו פעם אחת)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::Operation</name>
    <message>
        <source>Waiting about %1 s for %2&apos;s rate limit…</source>
        <translation>ממתין כ-%1 s בגלל מגבלת הקצב של %2…</translation>
    </message>
    <message>
        <source>%1 did not answer properly; try %2 in %3 s…</source>
        <translation>%1 לא ענתה כראוי; ניסיון חוזר מול %2 בעוד %3 s…</translation>
    </message>
</context>
<context>
    <name>tw::PdfReportWriter</name>
    <message>
        <source>A PDF report needs the graphical libraries.</source>
        <translation>דוח PDF צריך את הספריות הגרפיות.</translation>
    </message>
    <message>
        <source>Trunk Wizard report %1 (%2)</source>
        <translation>דוח Trunk Wizard %1 (%2)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>לא ניתן היה לכתוב את ה-PDF אל %1.</translation>
    </message>
</context>
<context>
    <name>tw::PhoneNumberValidator</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>מספר הטלפון ריק.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains letters; enter the number with digits only, for example +12127773456.</source>
        <translation>„%1” מכיל אותיות; יש להזין את המספר בספרות בלבד, למשל +12127773456.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code; use a two-letter code such as US or GB.</source>
        <translation>„%1” אינו קוד מדינה מוכר; יש להשתמש בקוד בן שתי אותיות כמו US או GB.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no country code; write it in international form starting with + (for example +12127773456) or choose the country.</source>
        <translation>ל-„%1” אין קידומת מדינה; יש לכתוב אותו בתבנית בינלאומית שמתחילה ב-+ (למשל +12127773456) או לבחור את המדינה.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with an unknown country code.</source>
        <translation>„%1” מתחיל בקידומת מדינה לא מוכרת.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number.</source>
        <translation>„%1” קצר מכדי להיות מספר טלפון.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number.</source>
        <translation>„%1” ארוך מכדי להיות מספר טלפון.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>„%1” אינו מספר טלפון.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an extension; Vapi numbers cannot carry one.</source>
        <translation>ל-„%1” יש שלוחה; מספרי Vapi לא יכולים לשאת שלוחה.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too few digits for its country.</source>
        <translation>ב-„%1” יש מעט מדי ספרות עבור המדינה שלו.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many digits for its country.</source>
        <translation>ב-„%1” יש יותר מדי ספרות עבור המדינה שלו.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number in use in its country&apos;s numbering plan; check the digits.</source>
        <translation>„%1” אינו מספר בשימוש בתוכנית המספור של המדינה שלו; יש לבדוק את הספרות.</translation>
    </message>
</context>
<context>
    <name>tw::Plan</name>
    <message>
        <source>Plan for %1 (inbound SIP host %2):</source>
        <translation>תוכנית עבור %1 (מארח SIP נכנס %2):</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>לא ידוע</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>אזהרה: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>שגיאה: %1</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>אין מה לשנות.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to make.</source>
        <translation>
            <numerusform>שינוי %n לביצוע.</numerusform>
            <numerusform>%n שינויים לביצוע.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::Planner</name>
    <message>
        <source>; leading plus on</source>
        <translation>; פלוס מוביל פעיל</translation>
    </message>
    <message>
        <source>; leading plus off</source>
        <translation>; פלוס מוביל כבוי</translation>
    </message>
    <message>
        <source>on</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <source>off</source>
        <translation>כבוי</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>לא מוגדר</translation>
    </message>
    <message>
        <source>allow border-to-border %1, redirect unknown to border %2</source>
        <translation>התרת שיחות מגבול לגבול %1, הפניית יעדים לא מוכרים לגבול %2</translation>
    </message>
    <message>
        <source>The Cloudonix domain %1 is not active; calls will not flow until it is.</source>
        <translation>הדומיין %1 ב-Cloudonix אינו פעיל; שיחות לא יעברו עד שיהיה פעיל.</translation>
    </message>
    <message>
        <source>%1 has no Vapi trunk yet; create it first (trunkwizard-cli service --name NAME --domain %1).</source>
        <translation>ל-%1 עדיין אין טראנק Vapi; יש ליצור אותו קודם (trunkwizard-cli service --name NAME --domain %1).</translation>
    </message>
    <message>
        <source>Remove number %1 from Vapi (%2)</source>
        <translation>הסרת המספר %1 מ-Vapi (%2)</translation>
    </message>
    <message>
        <source>Unbind %1 from the voice application</source>
        <translation>ניתוק %1 מיישום הקול</translation>
    </message>
    <message>
        <source>Remove voice application &quot;%1&quot;</source>
        <translation>הסרת יישום הקול „%1”</translation>
    </message>
    <message>
        <source>Remove trunk &quot;%1&quot; (%2)</source>
        <translation>הסרת הטראנק „%1” (%2)</translation>
    </message>
    <message>
        <source>Remove outbound trunk &quot;%1&quot; (%2)</source>
        <translation>הסרת הטראנק היוצא „%1” (%2)</translation>
    </message>
    <message>
        <source>Trunk Wizard has no record of the domain settings before it changed them; they are left as they are.</source>
        <translation>ל-Trunk Wizard אין רישום של הגדרות הדומיין מלפני שהוא שינה אותן; הן נשארות כפי שהן.</translation>
    </message>
    <message>
        <source>Restore the domain settings of %1: %2</source>
        <translation>שחזור הגדרות הדומיין של %1: %2</translation>
    </message>
    <message>
        <source>The inbound SIP host %1 could not be resolved (%2), so its addresses for the inbound gateways are unknown; list them in trunk.inboundGateways or check DNS, then try again.</source>
        <translation>לא ניתן היה לפענח את מארח ה-SIP הנכנס %1 (%2), ולכן הכתובות שלו עבור השערים הנכנסים אינן ידועות; יש לרשום אותן ב-trunk.inboundGateways או לבדוק את ה-DNS, ולנסות שוב.</translation>
    </message>
    <message>
        <source>Inbound calls need the inbound IP gateways of Cloudonix; none are known yet, so only the outbound part of the trunk is set up. Add them as inbound gateways (trunk.inboundGateways in a desired state, --inbound-ip on the command line).</source>
        <translation>שיחות נכנסות זקוקות לשערי ה-IP הנכנסים של Cloudonix; עדיין לא ידוע אף אחד מהם, ולכן רק החלק היוצא של הטראנק מוגדר. יש להוסיף אותם כשערים נכנסים (trunk.inboundGateways במצב רצוי, ‏--inbound-ip בשורת הפקודה).</translation>
    </message>
    <message>
        <source>Using the trunk %1 (%2) instead.</source>
        <translation>במקום זאת משמש הטראנק %1 (%2).</translation>
    </message>
    <message>
        <source>A new one will be created.</source>
        <translation>ייווצר טראנק חדש.</translation>
    </message>
    <message>
        <source>The trunk &quot;%1&quot; (%2) already exists in Vapi (%3); it is updated in place and its numbers are kept.</source>
        <translation>הטראנק „%1” (%2) כבר קיים ב-Vapi (%3); הוא מעודכן במקומו ושומר על המספרים שלו.</translation>
    </message>
    <message numerus="yes">
        <source>Create trunk &quot;%1&quot; with %n gateway(s)</source>
        <translation>
            <numerusform>יצירת הטראנק „%1” עם שער %n</numerusform>
            <numerusform>יצירת הטראנק „%1” עם %n שערים</numerusform>
        </translation>
    </message>
    <message>
        <source>Trunk &quot;%1&quot; (%2) is as wanted</source>
        <translation>הטראנק „%1” (%2) כרצוי</translation>
    </message>
    <message>
        <source>Update trunk &quot;%1&quot; (%2)</source>
        <translation>עדכון הטראנק „%1” (%2)</translation>
    </message>
    <message>
        <source>The single gateway %1 is a host name with inbound calls allowed; current Vapi accounts refuse that (&quot;SIP gateway creation failed&quot;). If Vapi refuses it, use the split gateway mode.</source>
        <translation>השער היחיד %1 הוא שם מארח שמותרות בו שיחות נכנסות; חשבונות Vapi עדכניים דוחים זאת („SIP gateway creation failed”). אם Vapi דוחה זאת, יש להשתמש באופן השערים המפוצל.</translation>
    </message>
    <message>
        <source>Gateway %1 is open for inbound and outbound calls; Cloudonix&apos;s inbound addresses only need inbound.</source>
        <translation>השער %1 פתוח לשיחות נכנסות ויוצאות; הכתובות הנכנסות של Cloudonix צריכות רק נכנס.</translation>
    </message>
    <message>
        <source>no assistant</source>
        <translation>אין עוזר</translation>
    </message>
    <message>
        <source>assistant %1</source>
        <translation>העוזר %1</translation>
    </message>
    <message>
        <source>Create SIP URI number %1 (%2)</source>
        <translation>יצירת מספר SIP URI ‏%1 (%2)</translation>
    </message>
    <message>
        <source>Create number %1 on the trunk (%2)</source>
        <translation>יצירת המספר %1 על הטראנק (%2)</translation>
    </message>
    <message>
        <source>%1 already exists in Vapi as a &quot;%2&quot; number; remove it there first, or use mode sip-uri.</source>
        <translation>%1 כבר קיים ב-Vapi כמספר מסוג „%2”; יש להסיר אותו שם קודם, או להשתמש באופן sip-uri.</translation>
    </message>
    <message>
        <source>assistant %1 → %2</source>
        <translation>העוזר %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message>
        <source>%1 is on another trunk (%2) in Vapi; it will be moved to this domain&apos;s trunk.</source>
        <translation>%1 נמצא על טראנק אחר (%2) ב-Vapi; הוא יועבר לטראנק של הדומיין הזה.</translation>
    </message>
    <message>
        <source>trunk %1 → this trunk</source>
        <translation>הטראנק %1 → הטראנק הזה</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; → &quot;%2&quot;</source>
        <translation>השם „%1” → „%2”</translation>
    </message>
    <message>
        <source>Number %1 is as wanted (%2)</source>
        <translation>המספר %1 כרצוי (%2)</translation>
    </message>
    <message>
        <source>Update number %1: %2</source>
        <translation>עדכון המספר %1: %2</translation>
    </message>
    <message>
        <source>Remove number %1 (%2), no longer wanted</source>
        <translation>הסרת המספר %1 (%2), שכבר אינו רצוי</translation>
    </message>
    <message>
        <source>Create outbound trunk &quot;%1&quot; to %2</source>
        <translation>יצירת הטראנק היוצא „%1” אל %2</translation>
    </message>
    <message>
        <source>The Cloudonix trunk &quot;%1&quot; is an %2 trunk; carrier trunks are outbound. Rename one of them.</source>
        <translation>הטראנק „%1” ב-Cloudonix הוא טראנק %2; טראנקים של ספקים הם יוצאים. יש לשנות את השם של אחד מהם.</translation>
    </message>
    <message>
        <source>Outbound trunk &quot;%1&quot; is as wanted (%2)</source>
        <translation>הטראנק היוצא „%1” כרצוי (%2)</translation>
    </message>
    <message>
        <source>Update outbound trunk &quot;%1&quot; to %2</source>
        <translation>עדכון הטראנק היוצא „%1” אל %2</translation>
    </message>
    <message>
        <source>Remove outbound trunk &quot;%1&quot; (%2), no longer wanted</source>
        <translation>הסרת הטראנק היוצא „%1” (%2), שכבר אינו רצוי</translation>
    </message>
    <message>
        <source>Domain settings of %1 are as wanted (%2)</source>
        <translation>הגדרות הדומיין של %1 כרצוי (%2)</translation>
    </message>
    <message>
        <source>Set domain settings of %1: %2</source>
        <translation>הגדרת הגדרות הדומיין של %1: %2</translation>
    </message>
    <message>
        <source>Create voice application &quot;%1&quot; (%2)</source>
        <translation>יצירת יישום הקול „%1” (%2)</translation>
    </message>
    <message>
        <source>Voice application &quot;%1&quot; is as wanted</source>
        <translation>יישום הקול „%1” כרצוי</translation>
    </message>
    <message>
        <source>Update voice application &quot;%1&quot; to %2</source>
        <translation>עדכון יישום הקול „%1” אל %2</translation>
    </message>
    <message>
        <source>Bind %1 to voice application &quot;%2&quot;</source>
        <translation>קישור %1 ליישום הקול „%2”</translation>
    </message>
    <message>
        <source>%1 is bound to &quot;%2&quot;</source>
        <translation>%1 מקושר ל-„%2”</translation>
    </message>
    <message>
        <source>%1 is already bound to another Cloudonix application (%2); it was left as it is.</source>
        <translation>%1 כבר מקושר ליישום אחר של Cloudonix (%2); הוא נשאר כפי שהוא.</translation>
    </message>
    <message>
        <source>Unbind %1 from voice application &quot;%2&quot;, no longer wanted</source>
        <translation>ניתוק %1 מיישום הקול „%2”, שכבר אינו רצוי</translation>
    </message>
    <message>
        <source>Cloudonix has no inbound SIP host for %1 (no auto alias and no UUID); give the trunk&apos;s gateway (&quot;Gateway IP address / FQDN&quot;) as the host name Vapi should send calls to.</source>
        <translation>ל-Cloudonix אין מארח SIP נכנס עבור %1 (אין כינוי אוטומטי ואין UUID); ציינו כשער של הטראנק (&quot;Gateway IP address / FQDN&quot;) את שם המארח שאליו Vapi צריך לשלוח שיחות.</translation>
    </message>
</context>
<context>
    <name>tw::ProbeOperation</name>
    <message>
        <source>%1 is not set up on this computer: run the wizard (or trunkwizard-cli apply) first, or name the domain as it was set up.</source>
        <translation>%1 אינו מוגדר במחשב הזה: יש להפעיל קודם את האשף (או trunkwizard-cli apply), או לציין את הדומיין כפי שהוגדר.</translation>
    </message>
    <message>
        <source>%1 has no trunk and no inbound SIP host recorded: verify the domain in the wizard first.</source>
        <translation>ל-%1 לא רשומים טראנק או מארח SIP נכנס: יש לאמת קודם את הדומיין באשף.</translation>
    </message>
    <message>
        <source>Reading the trunk&apos;s gateways from Vapi…</source>
        <translation>קורא מ-Vapi את שערי הטראנק…</translation>
    </message>
    <message>
        <source>Asking the gateway over SIP</source>
        <translation>שואל את השער ב-SIP</translation>
    </message>
    <message>
        <source>Asking %1 gateways over SIP</source>
        <translation>שואל %1 שערים ב-SIP</translation>
    </message>
    <message>
        <source> (one that stays silent is given up after %1 s)…</source>
        <translation> (שער שנשאר שקט ננטש אחרי %1 s)…</translation>
    </message>
</context>
<context>
    <name>tw::ProbeReport</name>
    <message>
        <source>The SIP check was cancelled.</source>
        <translation>בדיקת ה-SIP בוטלה.</translation>
    </message>
    <message>
        <source>The trunk has no gateway to check.</source>
        <translation>לטראנק אין שער לבדיקה.</translation>
    </message>
    <message>
        <source>Every gateway answers SIP (1 address checked).</source>
        <translation>כל השערים עונים ב-SIP (נבדקה כתובת אחת).</translation>
    </message>
    <message>
        <source>Every gateway answers SIP (%1 addresses checked).</source>
        <translation>כל השערים עונים ב-SIP (נבדקו %1 כתובות).</translation>
    </message>
    <message>
        <source>No gateway passes the SIP check: calls through this trunk cannot work until this is fixed.</source>
        <translation>אף שער לא עובר את בדיקת ה-SIP: שיחות דרך הטראנק הזה לא יוכלו לעבוד עד שזה יתוקן.</translation>
    </message>
    <message>
        <source>%1 of %2 gateway addresses fail the SIP check: calls through them fail.</source>
        <translation>%1 מתוך %2 כתובות השערים נכשלות בבדיקת ה-SIP: שיחות דרכן נכשלות.</translation>
    </message>
</context>
<context>
    <name>tw::Provisioner</name>
    <message>
        <source>Reading %1 from Cloudonix and Vapi…</source>
        <translation>קורא את %1 מ-Cloudonix ומ-Vapi…</translation>
    </message>
    <message>
        <source>Looking up the addresses of %1…</source>
        <translation>מחפש את הכתובות של %1…</translation>
    </message>
    <message>
        <source>reading the current state</source>
        <translation>בקריאת המצב הנוכחי</translation>
    </message>
    <message>
        <source>%1 was changed by another run after this plan was made; nothing was changed. Plan again.</source>
        <translation>%1 שונה על ידי הרצה אחרת אחרי שהתוכנית הזו נוצרה; דבר לא שונה. יש לתכנן שוב.</translation>
    </message>
    <message>
        <source>The changes were made and recorded, but what was wanted could not be saved for later comparison: %1</source>
        <translation>השינויים בוצעו ונרשמו, אבל לא ניתן היה לשמור את המצב הרצוי להשוואה מאוחרת: %1</translation>
    </message>
    <message>
        <source>%1 is not configured in Trunk Wizard, so there is nothing of it to remove.</source>
        <translation>%1 אינו מוגדר ב-Trunk Wizard, ולכן אין ממנו מה להסיר.</translation>
    </message>
    <message>
        <source>%1 is not configured in Trunk Wizard; run configure first.</source>
        <translation>%1 אינו מוגדר ב-Trunk Wizard; יש להריץ קודם configure.</translation>
    </message>
    <message>
        <source>A run that stopped mid-way was creating this (%1) %2 s ago; waiting up to %3 s for it to show, so it is not made twice…</source>
        <translation>הרצה שנעצרה באמצע יצרה את זה (%1) לפני %2 שניות; ממתינים עד %3 שניות שיופיע, כדי שלא ייווצר פעמיים…</translation>
    </message>
    <message>
        <source>Reading back what already exists to take it over: %1</source>
        <translation>קוראים בחזרה את מה שכבר קיים כדי לאמץ אותו: %1</translation>
    </message>
    <message>
        <source>reading back what already exists</source>
        <translation>קריאה חוזרת של מה שכבר קיים</translation>
    </message>
</context>
<context>
    <name>tw::ProvisioningEngine</name>
    <message>
        <source>recording the start of the run</source>
        <translation>ברישום תחילת ההרצה</translation>
    </message>
    <message>
        <source>Trunk Wizard could not record the change, so it stopped: %1</source>
        <translation>Trunk Wizard לא הצליח לרשום את השינוי, ולכן עצר: %1</translation>
    </message>
    <message>
        <source>%1 answered that %2 already exists, yet it was not found when read back; nothing was taken over. Run the apply again in a minute; if this repeats, send the details to support.</source>
        <translation>%1 השיב ש-%2 כבר קיים, אך הוא לא נמצא בקריאה חוזרת; דבר לא אומץ. הריצו את apply שוב בעוד דקה; אם זה חוזר, שלחו את הפרטים לתמיכה.</translation>
    </message>
</context>
<context>
    <name>tw::RecordStore</name>
    <message>
        <source>Qt&apos;s SQLite driver is missing (package libqt6sql6-sqlite); Trunk Wizard cannot keep its records.</source>
        <translation>מנהל ההתקן SQLite של Qt חסר (החבילה libqt6sql6-sqlite); ‏Trunk Wizard לא יכול לנהל את הרשומות שלו.</translation>
    </message>
    <message>
        <source>The records file %1 could not be opened (%2).</source>
        <translation>לא ניתן היה לפתוח את קובץ הרשומות %1 (%2).</translation>
    </message>
    <message>
        <source>The records file %1 could not be opened (%2); check the disk&apos;s free space and the folder&apos;s permissions.</source>
        <translation>לא ניתן היה לפתוח את קובץ הרשומות %1 (%2); יש לבדוק את המקום הפנוי בדיסק ואת הרשאות התיקייה.</translation>
    </message>
    <message>
        <source>The records file %1 was written by a newer Trunk Wizard (schema %2; this version knows up to %3); update Trunk Wizard. The file was left unchanged.</source>
        <translation>את קובץ הרשומות %1 כתב Trunk Wizard חדש יותר (סכמה %2; הגרסה הזו מכירה עד %3); יש לעדכן את Trunk Wizard. הקובץ נשאר ללא שינוי.</translation>
    </message>
    <message>
        <source>upgrading the records file</source>
        <translation>בשדרוג קובץ הרשומות</translation>
    </message>
    <message>
        <source>The records file %1 is not open.</source>
        <translation>קובץ הרשומות %1 אינו פתוח.</translation>
    </message>
    <message>
        <source>The records file %1 could not be written while %2 (%3); check the disk and its permissions.</source>
        <translation>לא ניתן היה לכתוב את קובץ הרשומות %1 %2 (%3); יש לבדוק את הדיסק ואת ההרשאות שלו.</translation>
    </message>
    <message>
        <source>The records file %1 could not be written while %2 (%3); nothing of it was saved. Free some disk space or check the folder&apos;s permissions, then try again.</source>
        <translation>לא ניתן היה לכתוב את קובץ הרשומות %1 %2 (%3); דבר ממנו לא נשמר. יש לפנות מקום בדיסק או לבדוק את הרשאות התיקייה, ולנסות שוב.</translation>
    </message>
    <message>
        <source>The records file %1 could not be read (%2).</source>
        <translation>לא ניתן היה לקרוא את קובץ הרשומות %1 (%2).</translation>
    </message>
    <message>
        <source>recording a step</source>
        <translation>ברישום שלב</translation>
    </message>
    <message>
        <source>saving the records</source>
        <translation>בשמירת הרשומות</translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation>ברישום %1</translation>
    </message>
</context>
<context>
    <name>tw::ReportOperation</name>
    <message>
        <source>all domains</source>
        <translation>כל הדומיינים</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n domain(s)…</source>
        <translation>
            <numerusform>קורא דומיין %n…</numerusform>
            <numerusform>קורא %n דומיינים…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::ReportPreviewDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;שמירה…</translation>
    </message>
    <message>
        <source>Report of all domains</source>
        <translation>דוח של כל הדומיינים</translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation>דוח של %1</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>תצוגה מקדימה של הדוח</translation>
    </message>
    <message>
        <source>HTML (printable)</source>
        <translation>HTML (להדפסה)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Markdown (for a support ticket)</source>
        <translation>Markdown (לפנייה לתמיכה)</translation>
    </message>
    <message>
        <source>CSV (one row per number)</source>
        <translation>CSV (שורה לכל מספר)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>שמירה…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;תבנית:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>תבנית</translation>
    </message>
    <message>
        <source>Reading Cloudonix and Vapi for the report…</source>
        <translation>קורא את Cloudonix ואת Vapi עבור הדוח…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>שמירת הדוח</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>נשמר ב-%1.</translation>
    </message>
    <message>
        <source>The report is not ready yet.</source>
        <translation>הדוח עדיין אינו מוכן.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1 (%2).</source>
        <translation>לא ניתן היה לשמור את הדוח ב-%1 (%2).</translation>
    </message>
</context>
<context>
    <name>tw::ReportRenderer</name>
    <message>
        <source>on</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <source>off</source>
        <translation>כבוי</translation>
    </message>
    <message>
        <source>Cloudonix</source>
        <translation>Cloudonix</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>הגדרה</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ערך</translation>
    </message>
    <message>
        <source>Inbound SIP host</source>
        <translation>מארח SIP נכנס</translation>
    </message>
    <message>
        <source>Auto alias</source>
        <translation>כינוי אוטומטי</translation>
    </message>
    <message>
        <source>Allow border-to-border calls</source>
        <translation>התרת שיחות מגבול לגבול</translation>
    </message>
    <message>
        <source>Redirect unknown destination to border</source>
        <translation>הפניית יעדים לא מוכרים לגבול</translation>
    </message>
    <message>
        <source>Outbound trunks</source>
        <translation>טראנקים יוצאים</translation>
    </message>
    <message>
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>מפתח API</translation>
    </message>
    <message>
        <source>not in the keychain</source>
        <translation>לא במחזיק המפתחות</translation>
    </message>
    <message>
        <source>Vapi</source>
        <translation>Vapi</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>אזור</translation>
    </message>
    <message>
        <source>SIP trunk</source>
        <translation>טראנק SIP</translation>
    </message>
    <message>
        <source>Leading plus for outbound calls</source>
        <translation>פלוס מוביל לשיחות יוצאות</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>שערים</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>פתחה</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>נכנס</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>יוצא</translation>
    </message>
    <message>
        <source>Options ping</source>
        <translation>פינג OPTIONS</translation>
    </message>
    <message>
        <source>No gateways.</source>
        <translation>אין שערים.</translation>
    </message>
    <message>
        <source>Not read (no live state).</source>
        <translation>לא נקרא (אין מצב בפועל).</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>מספרים</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>מספר</translation>
    </message>
    <message>
        <source>Vapi id</source>
        <translation>מזהה Vapi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>עוזר</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>אופן</translation>
    </message>
    <message>
        <source>No numbers.</source>
        <translation>אין מספרים.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>ממצאים</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>ממצא</translation>
    </message>
    <message>
        <source>None: everything is as last applied.</source>
        <translation>אין: הכול כפי שהוחל לאחרונה.</translation>
    </message>
    <message>
        <source>drift</source>
        <translation>סטייה</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>אזהרה</translation>
    </message>
    <message>
        <source>note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <source>Last test calls</source>
        <translation>שיחות הבדיקה האחרונות</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>זמן (UTC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>מ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>אל</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <source>Vapi&apos;s reason</source>
        <translation>הסיבה של Vapi</translation>
    </message>
    <message>
        <source>No test calls yet.</source>
        <translation>עדיין אין שיחות בדיקה.</translation>
    </message>
    <message>
        <source>SIP checks of the gateways</source>
        <translation>בדיקות SIP של השערים</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>שער</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>זמן הלוך ושוב</translation>
    </message>
    <message>
        <source>No SIP check yet.</source>
        <translation>עדיין אין בדיקת SIP.</translation>
    </message>
    <message>
        <source>(earlier check)</source>
        <translation>(בדיקה קודמת)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Change journal</source>
        <translation>יומן שינויים</translation>
    </message>
    <message>
        <source>System</source>
        <translation>מערכת</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>משאב</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>מזהה</translation>
    </message>
    <message>
        <source>After</source>
        <translation>אחרי</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>לא נרשמו שינויים.</translation>
    </message>
    <message>
        <source>Report %1, generated %2 UTC (%3 local time) by %4; scope: %5.</source>
        <translation>דוח %1, הופק ב-%2 UTC (%3 שעון מקומי) על ידי %4; היקף: %5.</translation>
    </message>
    <message>
        <source># Trunk Wizard configuration report</source>
        <translation># דוח הגדרות של Trunk Wizard</translation>
    </message>
    <message>
        <source>&gt; API keys are shown only as fingerprints: their last four characters and the start of their SHA-256 hash.</source>
        <translation>&gt; מפתחות API מוצגים רק כטביעות אצבע: ארבעת התווים האחרונים שלהם ותחילת הגיבוב SHA-256 שלהם.</translation>
    </message>
    <message>
        <source>Trunk Wizard report %1</source>
        <translation>דוח Trunk Wizard ‏%1</translation>
    </message>
    <message>
        <source>Trunk Wizard configuration report</source>
        <translation>דוח הגדרות של Trunk Wizard</translation>
    </message>
    <message>
        <source>API keys are shown only as fingerprints: their last four characters and the start of their SHA-256 hash.</source>
        <translation>מפתחות API מוצגים רק כטביעות אצבע: ארבעת התווים האחרונים שלהם ותחילת הגיבוב SHA-256 שלהם.</translation>
    </message>
    <message>
        <source>Add the carrier&apos;s trunk in the wizard&apos;s Routing page, or in the Cloudonix console.</source>
        <translation>הוסיפו את הטראנק של הספק בעמוד הניתוב של האשף, או במסוף של Cloudonix.</translation>
    </message>
</context>
<context>
    <name>tw::ReviewPage</name>
    <message>
        <source>Create</source>
        <translation>יצירה</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>עדכון</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <source>As wanted</source>
        <translation>כרצוי</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>סקירת השינויים</translation>
    </message>
    <message>
        <source>This is everything Trunk Wizard will do. Nothing has been changed yet; Apply makes it so.</source>
        <translation>זה כל מה ש-Trunk Wizard יעשה. עדיין לא שונה דבר; „החלה” מבצעת זאת.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>ה&amp;חלה</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>שינויים מתוכננים</translation>
    </message>
    <message>
        <source>Reading Cloudonix and Vapi…</source>
        <translation>קורא את Cloudonix ואת Vapi…</translation>
    </message>
    <message>
        <source>Some of what you entered cannot be used; go back and correct it.</source>
        <translation>חלק ממה שהוזן אינו שמיש; יש לחזור אחורה ולתקן.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>שינוי</translation>
    </message>
    <message>
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>לפני: %1</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>אחרי: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n already as wanted</source>
        <translation>
            <numerusform>%n כבר כרצוי</numerusform>
            <numerusform>%n כבר כרצוי</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: שינוי %n</numerusform>
            <numerusform>%1: %n שינויים</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is already as wanted; Apply only records it.</source>
        <translation>הכול כבר כרצוי; „החלה” רק רושמת זאת.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to make.</source>
        <translation>
            <numerusform>שינוי %n לביצוע.</numerusform>
            <numerusform>%n שינויים לביצוע.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::RoutingPage</name>
    <message>
        <source>Route calls on Cloudonix</source>
        <translation>ניתוב שיחות ב-Cloudonix</translation>
    </message>
    <message>
        <source>Cloudonix passes calls between Vapi and the phone network; these settings let it.</source>
        <translation>Cloudonix מעבירה שיחות בין Vapi לרשת הטלפון; ההגדרות האלה מאפשרות לה לעשות זאת.</translation>
    </message>
    <message>
        <source>A&amp;llow border-to-border calls (recommended)</source>
        <translation>ה&amp;תרת שיחות מגבול לגבול (מומלץ)</translation>
    </message>
    <message>
        <source>&amp;Redirect unknown destination to border (recommended)</source>
        <translation>ה&amp;פניית יעדים לא מוכרים לגבול (מומלץ)</translation>
    </message>
    <message>
        <source>Add &amp;carrier trunk</source>
        <translation>הוספת &amp;טראנק ספק</translation>
    </message>
    <message>
        <source>Lets a call that arrives from one external system (Vapi) leave to another (a carrier).</source>
        <translation>מאפשר לשיחה שמגיעה ממערכת חיצונית אחת (Vapi) לצאת לאחרת (ספק).</translation>
    </message>
    <message>
        <source>Sends a call to a number the domain does not know out to the border (Vapi&apos;s outbound calls to the phone network).</source>
        <translation>שולח לגבול שיחה למספר שהדומיין אינו מכיר (השיחות היוצאות של Vapi לרשת הטלפון).</translation>
    </message>
    <message>
        <source>optional: https://your-server.example.com/vapi.xml</source>
        <translation>רשות: https://your-server.example.com/vapi.xml</translation>
    </message>
    <message>
        <source>CXML application &amp;URL:</source>
        <translation>&amp;כתובת URL של יישום CXML:</translation>
    </message>
    <message>
        <source>CXML each number gets:</source>
        <translation>ה-CXML שכל מספר מקבל:</translation>
    </message>
    <message>
        <source>Outbound carrier trunks</source>
        <translation>טראנקים יוצאים של ספקים</translation>
    </message>
    <message>
        <source>Vapi&apos;s outbound calls reach the phone network through a carrier trunk on the domain (the guide&apos;s example: Telnyx).</source>
        <translation>השיחות היוצאות של Vapi מגיעות לרשת הטלפון דרך טראנק ספק בדומיין (הדוגמה במדריך: Telnyx).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>מארח</translation>
    </message>
    <message>
        <source>Port / transport</source>
        <translation>פתחה / העברה</translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation>מנוהל על ידי</translation>
    </message>
    <message>
        <source>⚠ The domain has no outbound trunk yet, so Vapi&apos;s outbound calls have nowhere to go. Add your carrier&apos;s trunk below, or later.</source>
        <translation>⚠ לדומיין עדיין אין טראנק יוצא, ולכן לשיחות היוצאות של Vapi אין לאן להגיע. אפשר להוסיף את הטראנק של הספק שלך למטה, או מאוחר יותר.</translation>
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
        <translation>&amp;שם:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>פת&amp;חה:</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>הע&amp;ברה:</translation>
    </message>
    <message>
        <source>Carrier %1</source>
        <translation>ספק %1</translation>
    </message>
    <message>
        <source>Trunk Wizard</source>
        <translation>Trunk Wizard</translation>
    </message>
    <message>
        <source>already on the domain</source>
        <translation>כבר בדומיין</translation>
    </message>
    <message>
        <source>Carrier trunk</source>
        <translation>טראנק ספק</translation>
    </message>
    <message>
        <source>A carrier trunk named &quot;%1&quot; is already in the list.</source>
        <translation>טראנק ספק בשם „%1” כבר נמצא ברשימה.</translation>
    </message>
    <message>
        <source>⚠ Enter a full http:// or https:// address, or leave it empty.</source>
        <translation>⚠ יש להזין כתובת http://‏ או https://‏ מלאה, או להשאיר ריק.</translation>
    </message>
    <message>
        <source>Ho&amp;st:</source>
        <translation>&amp;מארח:</translation>
    </message>
</context>
<context>
    <name>tw::SandboxBanner</name>
    <message>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; nothing is sent to Cloudonix or Vapi. Accounts, numbers and calls here are simulated on this computer.</source>
        <translation>&lt;b&gt;ארגז חול:&lt;/b&gt; דבר אינו נשלח ל-Cloudonix או ל-Vapi. החשבונות, המספרים והשיחות כאן מדומים במחשב הזה.</translation>
    </message>
    <message>
        <source>Simulated APIs at %1</source>
        <translation>ממשקי API מדומים ב-%1</translation>
    </message>
</context>
<context>
    <name>tw::SecretLineEdit</name>
    <message>
        <source>Hide key</source>
        <translation>הסתרת המפתח</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>הצגת המפתח</translation>
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
        <translation>הדומיין %1 ב-Cloudonix</translation>
    </message>
    <message>
        <source>Vapi (%1 region)</source>
        <translation>Vapi (אזור %1)</translation>
    </message>
</context>
<context>
    <name>tw::SettingsDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;בחירה…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;ניקוי</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>לפי המערכת</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>כהה</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ניגודיות גבוהה</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;מראה:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>מראה</translation>
    </message>
    <message>
        <source>High contrast shows white text and edges on black, with a yellow focus mark.</source>
        <translation>ניגודיות גבוהה מציגה טקסט וקצוות לבנים על רקע שחור, עם סימון מיקוד צהוב.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>שפת המערכת</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Used the next time Trunk Wizard starts, by the app and trunkwizard-cli.</source>
        <translation>בשימוש בהפעלה הבאה של Trunk Wizard, באפליקציה וב-trunkwizard-cli.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Request timeout:</source>
        <translation>&amp;זמן קצוב לבקשה:</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>זמן קצוב לבקשה</translation>
    </message>
    <message>
        <source>How long one request to Cloudonix or Vapi may take before it is tried again or reported.</source>
        <translation>כמה זמן בקשה אחת ל-Cloudonix או ל-Vapi יכולה להימשך לפני שהיא נשלחת שוב או מדווחת.</translation>
    </message>
    <message>
        <source>None: only the system&apos;s certificate authorities</source>
        <translation>אין: רק רשויות האישורים של המערכת</translation>
    </message>
    <message>
        <source>Private &amp;CA certificate:</source>
        <translation>אישור &amp;CA פרטי:</translation>
    </message>
    <message>
        <source>Private CA certificate</source>
        <translation>אישור CA פרטי</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>בחירת קובץ אישור CA</translation>
    </message>
    <message>
        <source>Clear the CA certificate</source>
        <translation>ניקוי אישור ה-CA</translation>
    </message>
    <message>
        <source>Only for a network whose HTTPS proxy inspects traffic: its CA certificate (PEM or DER) is trusted in addition to the system&apos;s. Certificates are always checked.</source>
        <translation>רק עבור רשת ששרת ה-HTTPS המתווך שלה בודק את התעבורה: אישור ה-CA שלו (PEM או DER) זוכה לאמון בנוסף לאלה של המערכת. האישורים נבדקים תמיד.</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>בחירת אישור ה-CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>אישורים (*.pem *.crt *.cer *.der);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>ההגדרות נשמרו.</translation>
    </message>
    <message>
        <source>Settings saved. The CA certificate in %1 is trusted from now on.</source>
        <translation>ההגדרות נשמרו. אישור ה-CA שב-%1 זוכה לאמון מעכשיו.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;שפה:</translation>
    </message>
</context>
<context>
    <name>tw::SetupWizard</name>
    <message>
        <source>Set up a domain</source>
        <translation>הגדרת דומיין</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <source>The glossary: SIP trunk, gateway, options ping, leading plus and the other terms, in plain words (F1)</source>
        <translation>מילון המונחים: טראנק SIP, שער, פינג OPTIONS, פלוס מוביל ושאר המונחים, במילים פשוטות (F1)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ברוכים הבאים</translation>
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
        <translation>טראנק SIP</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>ניתוב</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>מספרים</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>סקירה</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>החלה</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>הושלם</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ה&amp;קודם</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;הבא</translation>
    </message>
</context>
<context>
    <name>tw::SipCheckRow</name>
    <message>
        <source>Chec&amp;k again</source>
        <translation>בדיקה &amp;חוזרת</translation>
    </message>
    <message>
        <source>Check the gateway again</source>
        <translation>בדיקה חוזרת של השער</translation>
    </message>
    <message>
        <source>Send SIP OPTIONS to the gateway from this computer</source>
        <translation>שליחת SIP OPTIONS לשער מהמחשב הזה</translation>
    </message>
    <message>
        <source>Checks %1 in a moment…</source>
        <translation>יבדוק את %1 עוד רגע…</translation>
    </message>
    <message>
        <source>Asking %1 over SIP…</source>
        <translation>שואל את %1 ב-SIP…</translation>
    </message>
    <message>
        <source> This computer&apos;s network may block SIP where Vapi&apos;s does not; you can go on.</source>
        <translation> ייתכן שהרשת של המחשב הזה חוסמת SIP במקום שהרשת של Vapi לא חוסמת; אפשר להמשיך.</translation>
    </message>
    <message>
        <source>✓ The gateway answers SIP (%1, %2 ms).</source>
        <translation>✓ השער עונה ב-SIP (%1, %2 ms).</translation>
    </message>
    <message>
        <source>✓ The gateway answers SIP at each of its %1 addresses (slowest %2 ms).</source>
        <translation>✓ השער עונה ב-SIP בכל אחת מ-%1 הכתובות שלו (האיטית ביותר %2 ms).</translation>
    </message>
</context>
<context>
    <name>tw::SipMessage</name>
    <message>
        <source>out of memory</source>
        <translation>אין מספיק זיכרון</translation>
    </message>
    <message>
        <source>not a SIP message</source>
        <translation>לא הודעת SIP</translation>
    </message>
    <message>
        <source>a SIP message without Via, CSeq or Call-ID</source>
        <translation>הודעת SIP בלי Via,‏ CSeq או Call-ID</translation>
    </message>
    <message>
        <source>a SIP message without a start line</source>
        <translation>הודעת SIP בלי שורת פתיחה</translation>
    </message>
    <message>
        <source>%1 is not a SIP address</source>
        <translation>%1 אינה כתובת SIP</translation>
    </message>
    <message>
        <source>a header of the SIP request could not be written</source>
        <translation>לא ניתן היה לכתוב כותרת של בקשת ה-SIP</translation>
    </message>
</context>
<context>
    <name>tw::SipOptionsTransaction</name>
    <message>
        <source>the answer could not be framed as SIP</source>
        <translation>לא ניתן היה לתחום את התשובה כ-SIP</translation>
    </message>
    <message>
        <source>the connection was closed without an answer</source>
        <translation>החיבור נסגר בלי תשובה</translation>
    </message>
</context>
<context>
    <name>tw::SipProbeResult</name>
    <message>
        <source>no answer</source>
        <translation>אין תשובה</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>נדחה</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>לא ניתן להגיע</translation>
    </message>
    <message>
        <source>not in DNS</source>
        <translation>לא ב-DNS</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>TLS נכשל</translation>
    </message>
    <message>
        <source>not SIP</source>
        <translation>לא SIP</translation>
    </message>
    <message>
        <source>not a SIP address</source>
        <translation>לא כתובת SIP</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms (%3).</source>
        <translation>%1 ענה ב-SIP תוך %2 ms (%3).</translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms and asked for credentials (%3): it is reachable, and accepts calls only from its trunk partners.</source>
        <translation>%1 ענה ב-SIP תוך %2 ms וביקש פרטי גישה (%3): אפשר להגיע אליו, והוא מקבל שיחות רק משותפי הטראנק שלו.</translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms but refuses this computer (%3): it is reachable; a gateway usually accepts only its trunk partners&apos; addresses, so this is expected.</source>
        <translation>%1 ענה ב-SIP תוך %2 ms אבל דוחה את המחשב הזה (%3): אפשר להגיע אליו; שער מקבל בדרך כלל רק את הכתובות של שותפי הטראנק שלו, כך שזה צפוי.</translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms but does not know the address asked for (%3): check that the gateway is the domain&apos;s inbound SIP host.</source>
        <translation>%1 ענה ב-SIP תוך %2 ms אבל אינו מכיר את הכתובת שנשאלה (%3): יש לוודא שהשער הוא מארח ה-SIP הנכנס של הדומיין.</translation>
    </message>
    <message>
        <source>%1 answered SIP in %2 ms (%3): it is reachable.</source>
        <translation>%1 ענה ב-SIP תוך %2 ms ‏(%3): אפשר להגיע אליו.</translation>
    </message>
    <message>
        <source>%1 answered but is unavailable (%2): the SIP server is overloaded or down for maintenance; try again in a few minutes, and if it stays so, ask Cloudonix support.</source>
        <translation>%1 ענה אבל אינו זמין (%2): שרת ה-SIP עמוס או בתחזוקה; יש לנסות שוב בעוד כמה דקות, ואם זה נמשך, לפנות לתמיכה של Cloudonix.</translation>
    </message>
    <message>
        <source>%1 answered with a server failure (%2): try again in a few minutes, and if it stays so, ask Cloudonix support.</source>
        <translation>%1 ענה בכשל שרת (%2): יש לנסות שוב בעוד כמה דקות, ואם זה נמשך, לפנות לתמיכה של Cloudonix.</translation>
    </message>
    <message>
        <source>%1 did not answer (%2): the host, port or transport may be wrong, a firewall may drop SIP, or the server is down. Check the gateway&apos;s port and protocol, and that this network lets SIP out (UDP or TCP 5060, TLS 5061).</source>
        <translation>%1 לא ענה (%2): ייתכן שהמארח, הפתחה או ההעברה שגויים, שחומת אש משליכה SIP, או שהשרת אינו פעיל. יש לבדוק את הפתחה והפרוטוקול של השער, ושהרשת הזו מאפשרת ל-SIP לצאת (UDP או TCP ‏5060, TLS ‏5061).</translation>
    </message>
    <message>
        <source>1 try</source>
        <translation>ניסיון אחד</translation>
    </message>
    <message>
        <source>%1 tries</source>
        <translation>%1 ניסיונות</translation>
    </message>
    <message>
        <source>%1 refused: nothing takes SIP on that port. Check the gateway&apos;s port and protocol (UDP or TCP 5060, TLS 5061).</source>
        <translation>%1 סירב: שום דבר לא מקבל SIP בפתחה הזו. יש לבדוק את הפתחה והפרוטוקול של השער (UDP או TCP ‏5060, TLS ‏5061).</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer: check the network connection and any firewall.</source>
        <translation>אי אפשר להגיע אל %1 מהמחשב הזה: יש לבדוק את חיבור הרשת וכל חומת אש.</translation>
    </message>
    <message>
        <source>%1 has no address in DNS: check the host name for typos; the domain&apos;s inbound SIP host is on the Cloudonix page.</source>
        <translation>ל-%1 אין כתובת ב-DNS: יש לבדוק את שם המארח לשגיאות הקלדה; מארח ה-SIP הנכנס של הדומיין מופיע בעמוד של Cloudonix.</translation>
    </message>
    <message>
        <source>%1 failed the TLS handshake: check the port (TLS is usually 5061) and, behind a TLS-inspecting proxy, add its CA in Settings.</source>
        <translation>%1 נכשל בלחיצת היד של TLS: יש לבדוק את הפתחה (TLS בדרך כלל 5061), ומאחורי שרת מתווך שבודק TLS, להוסיף את ה-CA שלו בהגדרות.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not SIP: another service listens on that port. Check the gateway&apos;s port.</source>
        <translation>%1 ענה במשהו שאינו SIP: שירות אחר מאזין בפתחה הזו. יש לבדוק את הפתחה של השער.</translation>
    </message>
    <message>
        <source>%1 cannot be asked: its host is not a valid SIP address. Check the gateway for typos.</source>
        <translation>אי אפשר לשאול את %1: המארח שלו אינו כתובת SIP תקינה. יש לבדוק את השער לשגיאות הקלדה.</translation>
    </message>
    <message>
        <source>%1 was not checked: the probe was cancelled.</source>
        <translation>%1 לא נבדק: הבדיקה בוטלה.</translation>
    </message>
</context>
<context>
    <name>tw::SipTarget</name>
    <message>
        <source>%1:%2 over %3</source>
        <translation>%1:%2 על גבי %3</translation>
    </message>
</context>
<context>
    <name>tw::SipUdpChannel</name>
    <message>
        <source>%1 is not an IPv4 address</source>
        <translation>%1 אינה כתובת IPv4</translation>
    </message>
</context>
<context>
    <name>tw::StaticHostResolver</name>
    <message>
        <source>%1 is not a known host</source>
        <translation>%1 אינו מארח מוכר</translation>
    </message>
</context>
<context>
    <name>tw::StatusRefreshOperation</name>
    <message>
        <source>Reading the keys…</source>
        <translation>קורא את המפתחות…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>הבדיקה בוטלה.</translation>
    </message>
    <message>
        <source>Reading the Vapi account…</source>
        <translation>קורא את חשבון ה-Vapi…</translation>
    </message>
    <message>
        <source>Checked %1 of %2 domains…</source>
        <translation>נבדקו %1 מתוך %2 דומיינים…</translation>
    </message>
</context>
<context>
    <name>tw::StepList</name>
    <message>
        <source>Steps</source>
        <translation>שלבים</translation>
    </message>
    <message>
        <source>done</source>
        <translation>הושלם</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>השלב הנוכחי</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>עדיין לא</translation>
    </message>
</context>
<context>
    <name>tw::SummaryCard</name>
    <message>
        <source>Summary</source>
        <translation>סיכום</translation>
    </message>
</context>
<context>
    <name>tw::SyncOperation</name>
    <message>
        <source>Reading Vapi&apos;s numbers…</source>
        <translation>קורא את המספרים של Vapi…</translation>
    </message>
    <message>
        <source>Reading Vapi&apos;s trunks…</source>
        <translation>קורא את הטראנקים של Vapi…</translation>
    </message>
    <message>
        <source>%1: trunk %2 is gone from Vapi; forgotten.</source>
        <translation>%1: הטראנק %2 נעלם מ-Vapi; נשכח.</translation>
    </message>
    <message>
        <source>%1: trunk &quot;%2&quot; (%3) %4; recorded.</source>
        <translation>%1: הטראנק „%2” (%3) %4; נרשם.</translation>
    </message>
    <message>
        <source>%1: number %2 is gone from Vapi; forgotten.</source>
        <translation>%1: המספר %2 נעלם מ-Vapi; נשכח.</translation>
    </message>
    <message>
        <source>%1: number %2 found on the trunk; recorded.</source>
        <translation>%1: המספר %2 נמצא על הטראנק; נרשם.</translation>
    </message>
</context>
<context>
    <name>tw::TestCallDialog</name>
    <message>
        <source>&amp;Place the call</source>
        <translation>&amp;ביצוע השיחה</translation>
    </message>
    <message>
        <source>Test call through %1</source>
        <translation>שיחת בדיקה דרך %1</translation>
    </message>
    <message>
        <source>%1 has only SIP URI numbers, which receive calls but cannot make them: add a number on the trunk to place a test call.</source>
        <translation>ל-%1 יש רק מספרי SIP URI, שמקבלים שיחות אבל לא יכולים לבצע אותן: יש להוסיף מספר על הטראנק כדי לבצע שיחת בדיקה.</translation>
    </message>
    <message>
        <source>+1 212 555 0100</source>
        <translation>+1 212 555 0100</translation>
    </message>
    <message>
        <source>&amp;From number:</source>
        <translation>&amp;ממספר:</translation>
    </message>
    <message>
        <source>&amp;To number:</source>
        <translation>א&amp;ל מספר:</translation>
    </message>
    <message>
        <source>Your own phone: Vapi calls it from the number above through the trunk.</source>
        <translation>הטלפון שלך: Vapi מתקשרת אליו מהמספר שלמעלה דרך הטראנק.</translation>
    </message>
    <message>
        <source>&amp;Assistant (name or id):</source>
        <translation>&amp;עוזר (שם או מזהה):</translation>
    </message>
    <message>
        <source>To number: %1</source>
        <translation>אל מספר: %1</translation>
    </message>
    <message>
        <source>Placing the call…</source>
        <translation>מבצע את השיחה…</translation>
    </message>
    <message>
        <source>Call status: %1</source>
        <translation>מצב השיחה: %1</translation>
    </message>
    <message>
        <source>Vapi&apos;s reason: %1</source>
        <translation>הסיבה של Vapi: %1</translation>
    </message>
</context>
<context>
    <name>tw::TestCallOperation</name>
    <message>
        <source>%1 has no number on the trunk yet: add one, then call from it.</source>
        <translation>ל-%1 עדיין אין מספר על הטראנק: יש להוסיף אחד ולהתקשר ממנו.</translation>
    </message>
    <message>
        <source>Call from a number on the trunk instead: %1.</source>
        <translation>יש להתקשר במקום זאת ממספר שעל הטראנק: %1.</translation>
    </message>
    <message>
        <source>Call from a number on the trunk instead: %1 or one of %2 more.</source>
        <translation>יש להתקשר במקום זאת ממספר שעל הטראנק: %1 או אחד מ-%2 נוספים.</translation>
    </message>
    <message>
        <source>%1 is a Vapi SIP URI number, which only receives calls: Vapi cannot call out from it. %2</source>
        <translation>%1 הוא מספר SIP URI של Vapi, שרק מקבל שיחות: Vapi לא יכולה להתקשר ממנו. %2</translation>
    </message>
    <message>
        <source>%1 is not a number of %2 that Trunk Wizard set up; give its Vapi id instead.</source>
        <translation>%1 אינו מספר של %2 ש-Trunk Wizard הגדיר; יש לתת במקומו את מזהה ה-Vapi שלו.</translation>
    </message>
    <message>
        <source>Finding the number and the assistant…</source>
        <translation>מחפש את המספר ואת העוזר…</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>מתקשר אל %1…</translation>
    </message>
</context>
<context>
    <name>tw::TestCallResult</name>
    <message>
        <source>The test call %1 had not ended when the wait ran out (last status: %2).</source>
        <translation>שיחת הבדיקה %1 עוד לא הסתיימה כשזמן ההמתנה תם (המצב האחרון: %2).</translation>
    </message>
</context>
<context>
    <name>tw::Troubleshooter</name>
    <message>
        <source>No Vapi SIP trunk is set up for %1: run the wizard (or trunkwizard-cli apply) to create it.</source>
        <translation>לא מוגדר טראנק SIP של Vapi עבור %1: יש להפעיל את האשף (או trunkwizard-cli apply) כדי ליצור אותו.</translation>
    </message>
    <message>
        <source>The Vapi trunk recorded for %1 (%2) is gone from Vapi: run the wizard (or trunkwizard-cli apply) to create it again.</source>
        <translation>טראנק ה-Vapi שרשום עבור %1 (%2) נעלם מ-Vapi: יש להפעיל את האשף (או trunkwizard-cli apply) כדי ליצור אותו מחדש.</translation>
    </message>
    <message>
        <source>Gateway %1 is a host name with &quot;Allow inbound calls&quot; on, and Vapi accepts inbound calls only from IP addresses: turn inbound off on it and add its IPv4 addresses as inbound gateways (the wizard&apos;s SIP trunk page does both).</source>
        <translation>השער %1 הוא שם מארח עם „התרת שיחות נכנסות” פעילה, ו-Vapi מקבלת שיחות נכנסות רק מכתובות IP: יש לכבות בו את הנכנס ולהוסיף את כתובות ה-IPv4 שלו כשערים נכנסים (עמוד „טראנק SIP” באשף עושה את שניהם).</translation>
    </message>
    <message>
        <source>The trunk has no inbound gateway with an IP address, so Vapi refuses the calls Cloudonix sends it: add the addresses of %1 as gateways with &quot;Allow inbound calls&quot; on (the wizard looks them up for you).</source>
        <translation>לטראנק אין שער נכנס עם כתובת IP, ולכן Vapi דוחה את השיחות ש-Cloudonix שולחת אליה: יש להוסיף את הכתובות של %1 כשערים עם „התרת שיחות נכנסות” פעילה (האשף מחפש אותן בשבילך).</translation>
    </message>
    <message>
        <source>the domain&apos;s inbound SIP host</source>
        <translation>מארח ה-SIP הנכנס של הדומיין</translation>
    </message>
    <message>
        <source>No gateway of the trunk has &quot;Allow outbound calls&quot; on, so Vapi cannot place calls through it: turn it on for %1.</source>
        <translation>לאף שער של הטראנק אין „התרת שיחות יוצאות” פעילה, ולכן Vapi לא יכולה לבצע דרכו שיחות: יש להפעיל אותה עבור %1.</translation>
    </message>
    <message>
        <source>The numbers are stored with a leading + but &quot;Enable leading plus for outbound calls&quot; is off, so Vapi sends them to Cloudonix without it: turn it on in the trunk.</source>
        <translation>המספרים שמורים עם + מוביל אבל „הפעלת פלוס מוביל לשיחות יוצאות” כבויה, ולכן Vapi שולחת אותם ל-Cloudonix בלעדיו: יש להפעיל אותה בטראנק.</translation>
    </message>
    <message>
        <source>%1 is no longer at Vapi: add it again (the wizard&apos;s Numbers page, or trunkwizard-cli addnumber).</source>
        <translation>%1 כבר לא נמצא ב-Vapi: יש להוסיף אותו שוב (עמוד „מספרים” באשף, או trunkwizard-cli addnumber).</translation>
    </message>
    <message>
        <source>%1 is on another Vapi trunk, so its calls do not use %2: apply again to move it, or remove it from the other trunk.</source>
        <translation>%1 נמצא על טראנק Vapi אחר, ולכן השיחות שלו לא עוברות דרך %2: יש להחיל שוב כדי להעביר אותו, או להסיר אותו מהטראנק האחר.</translation>
    </message>
    <message>
        <source>%1 has no assistant, so nobody answers its calls: attach one (the dashboard, or trunkwizard-cli addnumber --assistant).</source>
        <translation>ל-%1 אין עוזר, ולכן איש אינו עונה לשיחות שלו: יש לשייך עוזר (בלוח הבקרה, או trunkwizard-cli addnumber --assistant).</translation>
    </message>
    <message>
        <source>The assistant attached to %1 no longer exists at Vapi, so nobody answers its calls: attach another.</source>
        <translation>העוזר שמשויך ל-%1 כבר לא קיים ב-Vapi, ולכן איש אינו עונה לשיחות שלו: יש לשייך עוזר אחר.</translation>
    </message>
    <message>
        <source>&quot;Allow border-to-border calls&quot; is off on %1, so Cloudonix refuses calls between Vapi and your carriers: turn it on (the wizard&apos;s Cloudonix page, or apply).</source>
        <translation>„התרת שיחות מגבול לגבול” כבויה ב-%1, ולכן Cloudonix דוחה שיחות בין Vapi לספקים שלך: יש להפעיל אותה (עמוד Cloudonix באשף, או apply).</translation>
    </message>
    <message>
        <source>&quot;Redirect unknown destination to border&quot; is off on %1, so Vapi&apos;s calls to numbers outside the domain are not passed on to a carrier: turn it on.</source>
        <translation>„הפניית יעדים לא מוכרים לגבול” כבויה ב-%1, ולכן השיחות של Vapi למספרים מחוץ לדומיין אינן מועברות לספק: יש להפעיל אותה.</translation>
    </message>
    <message>
        <source>%1 has no outbound trunk to a carrier, so Vapi&apos;s outbound calls have nowhere to go after Cloudonix: add one (the wizard&apos;s carrier step, or Cloudonix&apos;s console).</source>
        <translation>ל-%1 אין טראנק יוצא לספק, ולכן לשיחות היוצאות של Vapi אין לאן להמשיך אחרי Cloudonix: יש להוסיף אחד (שלב הספק באשף, או המסוף של Cloudonix).</translation>
    </message>
    <message>
        <source>Calls to %1 are not routed to Vapi: Cloudonix has no DNID for it. Apply again with a CXML URL (the wizard&apos;s Routing page).</source>
        <translation>שיחות ל-%1 אינן מנותבות ל-Vapi: ל-Cloudonix אין DNID עבורו. יש להחיל שוב עם כתובת URL של CXML (עמוד „ניתוב” באשף).</translation>
    </message>
    <message>
        <source>The DNID of %1 has no CXML application, so Cloudonix does not know where its calls go: bind it to the application that dials Vapi (the wizard&apos;s Routing page).</source>
        <translation>ל-DNID של %1 אין יישום CXML, ולכן Cloudonix לא יודעת לאן השיחות שלו הולכות: יש לקשר אותו ליישום שמחייג ל-Vapi (עמוד „ניתוב” באשף).</translation>
    </message>
</context>
<context>
    <name>tw::TrunkFinder</name>
    <message>
        <source>Vapi has no SIP trunk with the id %1.</source>
        <translation>ל-Vapi אין טראנק SIP עם המזהה %1.</translation>
    </message>
    <message>
        <source>The trunk %1 recorded for this domain no longer exists in Vapi.</source>
        <translation>הטראנק %1 שרשום עבור הדומיין הזה כבר לא קיים ב-Vapi.</translation>
    </message>
    <message>
        <source>Vapi has %1 SIP trunks that could be the one of %2; nothing was changed. Choose one with --trunk ID (or &quot;trunk&quot;: {&quot;id&quot;: ...} in the desired state):</source>
        <translation>ל-Vapi יש %1 טראנקי SIP שעשויים להיות זה של %2; דבר לא שונה. יש לבחור אחד עם --trunk ID (או &quot;trunk&quot;: {&quot;id&quot;: ...} במצב הרצוי):</translation>
    </message>
    <message numerus="yes">
        <source>  %1  &quot;%2&quot;  gateways %3  %n number(s)</source>
        <translation>
            <numerusform>  %1  „%2”  שערים %3  מספר %n</numerusform>
            <numerusform>  %1  „%2”  שערים %3  %n מספרים</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen by its id</source>
        <translation>נבחר לפי המזהה שלו</translation>
    </message>
    <message>
        <source>recorded by Trunk Wizard</source>
        <translation>נרשם על ידי Trunk Wizard</translation>
    </message>
    <message>
        <source>found by its gateway on the domain&apos;s inbound SIP host</source>
        <translation>נמצא לפי השער שלו על מארח ה-SIP הנכנס של הדומיין</translation>
    </message>
    <message>
        <source>found by its gateway on the domain&apos;s inbound address</source>
        <translation>נמצא לפי השער שלו על הכתובת הנכנסת של הדומיין</translation>
    </message>
    <message>
        <source>found by its name</source>
        <translation>נמצא לפי השם שלו</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>לא נמצא</translation>
    </message>
</context>
<context>
    <name>tw::TrunkPage</name>
    <message>
        <source>Set up the SIP trunk</source>
        <translation>הגדרת טראנק ה-SIP</translation>
    </message>
    <message>
        <source>Vapi sends and receives calls through this trunk; its gateway is your Cloudonix domain&apos;s inbound SIP host.</source>
        <translation>Vapi שולחת ומקבלת שיחות דרך הטראנק הזה; השער שלו הוא מארח ה-SIP הנכנס של הדומיין שלך ב-Cloudonix.</translation>
    </message>
    <message>
        <source>Allow &amp;inbound calls</source>
        <translation>התרת שיחות &amp;נכנסות</translation>
    </message>
    <message>
        <source>Allow &amp;outbound calls</source>
        <translation>התרת שיחות &amp;יוצאות</translation>
    </message>
    <message>
        <source>Enable o&amp;ptions ping</source>
        <translation>הפעלת &amp;פינג OPTIONS</translation>
    </message>
    <message>
        <source>Enable &amp;leading plus for outbound calls</source>
        <translation>הפעלת פלוס &amp;מוביל לשיחות יוצאות</translation>
    </message>
    <message>
        <source>Trunk to use</source>
        <translation>הטראנק לשימוש</translation>
    </message>
    <message>
        <source>T&amp;runk name:</source>
        <translation>&amp;שם הטראנק:</translation>
    </message>
    <message>
        <source>&amp;Gateway IP address / FQDN:</source>
        <translation>כתובת IP / FQDN של השע&amp;ר:</translation>
    </message>
    <message>
        <source>Where Vapi sends calls: your domain&apos;s inbound SIP host, &lt;alias&gt;.sip.cloudonix.net.</source>
        <translation>לאן Vapi שולחת שיחות: מארח ה-SIP הנכנס של הדומיין שלך, &lt;alias&gt;.sip.cloudonix.net.</translation>
    </message>
    <message>
        <source>SIP check:</source>
        <translation>בדיקת SIP:</translation>
    </message>
    <message>
        <source>Options ping: Vapi checks every few seconds that the gateway answers SIP.</source>
        <translation>פינג OPTIONS: ‏Vapi בודקת כל כמה שניות שהשער עונה ב-SIP.</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>מ&amp;תקדם</translation>
    </message>
    <message>
        <source>Vapi adds the + of E.164 to the numbers it dials: 12127773456 goes out as +12127773456, 442071234567 as +442071234567. Cloudonix expects E.164, so keep it on.</source>
        <translation>Vapi מוסיפה את ה-+ של E.164 למספרים שהיא מחייגת: ‏12127773456 יוצא כ-+12127773456, ו-442071234567 כ-+442071234567. ‏Cloudonix מצפה ל-E.164, לכן כדאי להשאיר זאת פעיל.</translation>
    </message>
    <message>
        <source>Split: outbound host gateway, inbound IP gateways</source>
        <translation>מפוצל: שער יוצא לפי מארח, שערים נכנסים לפי IP</translation>
    </message>
    <message>
        <source>Single: one gateway for both (older Vapi accounts)</source>
        <translation>יחיד: שער אחד לשניהם (חשבונות Vapi ישנים)</translation>
    </message>
    <message>
        <source>Gateway &amp;mode:</source>
        <translation>&amp;סוג השערים:</translation>
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
        <translation>TLS עם SRTP</translation>
    </message>
    <message>
        <source>Transpor&amp;t:</source>
        <translation>הע&amp;ברה:</translation>
    </message>
    <message>
        <source>&amp;SIP port:</source>
        <translation>פתחת &amp;SIP:</translation>
    </message>
    <message>
        <source>How Vapi reaches the gateway; Cloudonix answers on 5060 over UDP.</source>
        <translation>כיצד Vapi מגיעה לשער; Cloudonix עונה ב-5060 על גבי UDP.</translation>
    </message>
    <message>
        <source>One IPv4 address or range per line, e.g. 203.0.113.10 or 203.0.113.0/24</source>
        <translation>כתובת IPv4 או טווח אחד בכל שורה, למשל 203.0.113.10 או 203.0.113.0/24</translation>
    </message>
    <message>
        <source>Inbound IP gate&amp;ways:</source>
        <translation>שערי I&amp;P נכנסים:</translation>
    </message>
    <message>
        <source>The Cloudonix addresses that send calls to Vapi. Vapi accepts only IP addresses for inbound calls; left empty, they are looked up from the gateway&apos;s host name.</source>
        <translation>הכתובות של Cloudonix ששולחות שיחות ל-Vapi. ‏Vapi מקבלת רק כתובות IP לשיחות נכנסות; אם השדה נשאר ריק, הן נמצאות לפי שם המארח של השער.</translation>
    </message>
    <message>
        <source>Note: Looked up from %1; check them against Cloudonix&apos;s list.</source>
        <translation>הערה: נמצאו לפי %1; כדאי להשוות אותן לרשימה של Cloudonix.</translation>
    </message>
    <message>
        <source>Note: Vapi already has a trunk for this domain: &quot;%1&quot; (%2). It will be updated in place and keep its numbers; no second trunk is made.</source>
        <translation>הערה: ל-Vapi כבר יש טראנק לדומיין הזה: „%1” (%2). הוא יעודכן במקומו וישמור על המספרים שלו; לא נוצר טראנק שני.</translation>
    </message>
    <message>
        <source>Note: Vapi has %1 trunks that could be this domain&apos;s. Choose the one to use; the others are left alone.</source>
        <translation>הערה: ל-Vapi יש %1 טראנקים שעשויים להיות של הדומיין הזה. יש לבחור את הטראנק לשימוש; האחרים לא ייפגעו.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 מתוך %2 תווים</translation>
    </message>
    <message>
        <source>Enter the host Vapi should send calls to.</source>
        <translation>יש להזין את המארח ש-Vapi צריכה לשלוח אליו שיחות.</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>שורה %1 (%2): %3</translation>
    </message>
    <message>
        <source>an IPv4 address is needed</source>
        <translation>נדרשת כתובת IPv4</translation>
    </message>
</context>
<context>
    <name>tw::VapiAccountPage</name>
    <message>
        <source>Connect your Vapi organisation</source>
        <translation>חיבור הארגון שלך ב-Vapi</translation>
    </message>
    <message>
        <source>Trunk Wizard reads your assistants and the SIP trunks you already have; nothing is changed yet.</source>
        <translation>Trunk Wizard קורא את העוזרים שלך ואת טראנקי ה-SIP שכבר יש לך; עדיין לא משתנה דבר.</translation>
    </message>
    <message>
        <source>V&amp;erify</source>
        <translation>א&amp;ימות</translation>
    </message>
    <message>
        <source>Vapi &amp;API key:</source>
        <translation>&amp;מפתח API של Vapi:</translation>
    </message>
    <message>
        <source>Your private API key from the Vapi dashboard (Organization settings, API keys).</source>
        <translation>מפתח ה-API הפרטי שלך מלוח הבקרה של Vapi ‏(Organization settings, API keys).</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>זיהוי אוטומטי</translation>
    </message>
    <message>
        <source>United States (api.vapi.ai)</source>
        <translation>ארצות הברית (api.vapi.ai)</translation>
    </message>
    <message>
        <source>Europe (api.eu.vapi.ai)</source>
        <translation>אירופה (api.eu.vapi.ai)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>א&amp;זור:</translation>
    </message>
    <message>
        <source>Checking with Vapi (US and EU)…</source>
        <translation>בודק מול Vapi (ארה״ב והאיחוד האירופי)…</translation>
    </message>
    <message>
        <source>Checking with Vapi…</source>
        <translation>בודק מול Vapi…</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>אזור</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>אירופה</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>ארצות הברית</translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation>עוזרים</translation>
    </message>
    <message>
        <source>SIP trunks</source>
        <translation>טראנקי SIP</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>עדיין אין</translation>
    </message>
</context>
<context>
    <name>tw::VapiAssistant</name>
    <message>
        <source>Unnamed assistant (%1)</source>
        <translation>עוזר ללא שם (%1)</translation>
    </message>
</context>
<context>
    <name>tw::VapiLimits</name>
    <message>
        <source>The name is empty; Vapi needs 1 to %1 characters.</source>
        <translation>השם ריק; Vapi צריכה בין 1 ל-%1 תווים.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a control character; names are plain text.</source>
        <translation>השם „%1” מכיל תו בקרה; שמות הם טקסט פשוט.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; has %2 characters; Vapi allows at most %3.</source>
        <translation>בשם „%1” יש %2 תווים; Vapi מתירה לכל היותר %3.</translation>
    </message>
    <message>
        <source>The netmask /%1 is outside what Vapi accepts (/%2 to /%3).</source>
        <translation>מסכת הרשת /%1 מחוץ למה ש-Vapi מקבלת (/%2 עד /%3).</translation>
    </message>
    <message>
        <source>The port %1 is outside %2 to %3.</source>
        <translation>הפתחה %1 מחוץ לטווח %2 עד %3.</translation>
    </message>
</context>
<context>
    <name>tw::VerifyCloudonixOperation</name>
    <message>
        <source>Checking the Cloudonix API key…</source>
        <translation>בודק את מפתח ה-API של Cloudonix…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>קורא את %1…</translation>
    </message>
    <message>
        <source>Reading the trunks of %1…</source>
        <translation>קורא את הטראנקים של %1…</translation>
    </message>
</context>
<context>
    <name>tw::VerifyVapiOperation</name>
    <message>
        <source>Checking the Vapi API key…</source>
        <translation>בודק את מפתח ה-API של Vapi…</translation>
    </message>
</context>
<context>
    <name>tw::WelcomePage</name>
    <message>
        <source>Connect a Cloudonix domain to Vapi</source>
        <translation>חיבור דומיין של Cloudonix ל-Vapi</translation>
    </message>
    <message>
        <source>Trunk Wizard sets up a Vapi SIP trunk to your Cloudonix domain, the domain&apos;s routing and your numbers, and checks every step. Nothing is changed until you confirm the plan.</source>
        <translation>Trunk Wizard מגדיר טראנק SIP של Vapi לדומיין שלך ב-Cloudonix, את הניתוב של הדומיין ואת המספרים שלך, ובודק כל שלב. דבר לא משתנה לפני שהתוכנית מאושרת.</translation>
    </message>
    <message>
        <source>Continue setting up</source>
        <translation>המשך ההגדרה</translation>
    </message>
    <message>
        <source>Set up a connection</source>
        <translation>הגדרת חיבור</translation>
    </message>
    <message>
        <source>Enter your Cloudonix and Vapi keys, then choose the trunk and numbers.</source>
        <translation>יש להזין את המפתחות של Cloudonix ו-Vapi, ואז לבחור את הטראנק והמספרים.</translation>
    </message>
    <message>
        <source>Import my cx-vcc setup</source>
        <translation>ייבוא ההגדרה שלי מ-cx-vcc</translation>
    </message>
    <message>
        <source>Read ~/.cx-vcc/config.yaml, move its keys into the keychain and continue with its domain.</source>
        <translation>קריאת ‎~/.cx-vcc/config.yaml, העברת המפתחות שלה למחזיק המפתחות והמשך עם הדומיין שלה.</translation>
    </message>
    <message>
        <source>Try it in the sandbox</source>
        <translation>ניסיון בארגז החול</translation>
    </message>
    <message>
        <source>Walk through the whole flow against simulated Cloudonix and Vapi accounts on this computer.</source>
        <translation>מעבר על כל התהליך מול חשבונות Cloudonix ו-Vapi מדומים במחשב הזה.</translation>
    </message>
    <message>
        <source>This is the sandbox: the keys and domain are filled in for you, and nothing leaves this computer.</source>
        <translation>זהו ארגז החול: המפתחות והדומיין כבר מולאו, ודבר אינו יוצא מהמחשב הזה.</translation>
    </message>
    <message>
        <source>Continue setting up %1</source>
        <translation>המשך ההגדרה של %1</translation>
    </message>
    <message>
        <source>Left on %1. What you entered is kept; your keys come from the keychain.</source>
        <translation>נעצר ב-%1. מה שהוזן נשמר; המפתחות שלך מגיעים ממחזיק המפתחות.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>התחלה מחדש</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>קורא את %1…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n domain(s) and their keys from cx-vcc.</source>
        <translation>
            <numerusform>יובא דומיין %n והמפתחות שלו מ-cx-vcc.</numerusform>
            <numerusform>יובאו %n דומיינים והמפתחות שלהם מ-cx-vcc.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::WizardPageBase</name>
    <message>
        <source>The key works but could not be kept in the keychain; you will be asked for it again next time.</source>
        <translation>המפתח עובד אבל לא ניתן היה לשמור אותו במחזיק המפתחות; בפעם הבאה הוא יתבקש שוב.</translation>
    </message>
</context>
</TS>
