<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CRM Workshop</source>
        <translation>O programie CRM Workshop</translation>
    </message>
    <message>
        <source>Run CRM Maturity Model workshops offline and turn them into a roadmap.</source>
        <translation>Prowadź warsztaty Modelu Dojrzałości CRM bez internetu i zamieniaj ich wyniki w mapę drogową.</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Kopiuj do schowka</translation>
    </message>
    <message>
        <source>Copy these versions as text, for a support request</source>
        <translation>Skopiuj te wersje jako tekst, do zgłoszenia problemu</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nie zainstalowano</translation>
    </message>
    <message>
        <source>CRM Workshop</source>
        <translation>CRM Workshop</translation>
    </message>
    <message>
        <source>Workshop file format</source>
        <translation>Format pliku warsztatu</translation>
    </message>
    <message>
        <source>schema version %d</source>
        <translation>wersja schematu %d</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Released under the MIT licence. Qt and PySide6 are used under the LGPL.</source>
        <translation>Udostępniono na licencji MIT. Qt i PySide6 są używane na licencji LGPL.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Skopiowano</translation>
    </message>
</context>
<context>
    <name>AnswerBars</name>
    <message>
        <source>Distribution of answers</source>
        <translation>Rozkład odpowiedzi</translation>
    </message>
    <message>
        <source>Current: %s; target: %s; not applicable %d; don&apos;t know %d</source>
        <translation>Obecnie: %s; cel: %s; nie dotyczy: %d; nie wiem: %d</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Obecnie</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>n/d</translation>
    </message>
</context>
<context>
    <name>AnswerButtons</name>
    <message>
        <source>Answer of the selected stakeholder</source>
        <translation>Odpowiedź wybranego interesariusza</translation>
    </message>
    <message>
        <source>Current level %d</source>
        <translation>Obecny poziom %d</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nie dotyczy</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Nie wiem</translation>
    </message>
    <message>
        <source>Target level %d</source>
        <translation>Poziom docelowy %d</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>Obecnie:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Cel:</translation>
    </message>
</context>
<context>
    <name>AnswerTableModel</name>
    <message>
        <source>Stakeholder</source>
        <translation>Interesariusz</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Obecnie</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
</context>
<context>
    <name>AnswerTableView</name>
    <message>
        <source>Answers of the stakeholders present</source>
        <translation>Odpowiedzi obecnych interesariuszy</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <source>Today&apos;s session</source>
        <translation>Dzisiejsza sesja</translation>
    </message>
    <message>
        <source>All areas, everyone</source>
        <translation>Wszystkie obszary, wszyscy</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Pytania</translation>
    </message>
    <message>
        <source>Rou&amp;nd:</source>
        <translation>R&amp;unda:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesja:</translation>
    </message>
    <message>
        <source>Keys: 1–5 current · Shift+1–5 target · N not applicable · ? don&apos;t know · Backspace clear · ↑↓ stakeholder · Enter next question · Shift+Enter previous · F2 comment</source>
        <translation>Klawisze: 1–5 obecnie · Shift+1–5 cel · N nie dotyczy · ? nie wiem · Backspace wyczyść · ↑↓ interesariusz · Enter następne pytanie · Shift+Enter poprzednie · F2 komentarz</translation>
    </message>
    <message>
        <source>Disagreement: answers are two or more levels apart</source>
        <translation>Rozbieżność: odpowiedzi różnią się o dwa poziomy lub więcej</translation>
    </message>
    <message>
        <source>Evidence for this question</source>
        <translation>Materiały do tego pytania</translation>
    </message>
    <message>
        <source>Files attached to this question</source>
        <translation>Pliki dołączone do tego pytania</translation>
    </message>
    <message>
        <source>Radar: current and target maturity per area</source>
        <translation>Radar: obecna i docelowa dojrzałość w obszarach</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Obecnie</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>%d of %d answered · mean %s · median %s · spread %d</source>
        <translation>odpowiedzi: %d z %d · średnia %s · mediana %s · rozrzut %d</translation>
    </message>
    <message>
        <source>%d of %d answered</source>
        <translation>odpowiedzi: %d z %d</translation>
    </message>
    <message>
        <source>This workshop is open read-only.</source>
        <translation>Ten warsztat jest otwarty tylko do odczytu.</translation>
    </message>
    <message>
        <source>Answer of %s to %s</source>
        <translation>Odpowiedź: %s, pytanie %s</translation>
    </message>
    <message>
        <source>Target of %s for %s</source>
        <translation>Cel: %s, pytanie %s</translation>
    </message>
    <message>
        <source>Clear answer of %s to %s</source>
        <translation>Wyczyść odpowiedź: %s, pytanie %s</translation>
    </message>
    <message>
        <source>Give an answer first, then add a comment.</source>
        <translation>Najpierw podaj odpowiedź, potem dodaj komentarz.</translation>
    </message>
    <message>
        <source>Comment of %s on %s</source>
        <translation>Komentarz: %s, pytanie %s</translation>
    </message>
    <message>
        <source>Choose an agreed current or target level first.</source>
        <translation>Najpierw wybierz uzgodniony poziom obecny lub docelowy.</translation>
    </message>
    <message>
        <source>Consensus on %s</source>
        <translation>Konsensus w pytaniu %s</translation>
    </message>
    <message>
        <source>Clear consensus on %s</source>
        <translation>Wyczyść konsensus w pytaniu %s</translation>
    </message>
</context>
<context>
    <name>CarriedAnswerTableModel</name>
    <message>
        <source>Carried over from “%s”: press the level again to confirm it, or give a new answer</source>
        <translation>Przeniesiono z rundy „%s”: naciśnij poziom jeszcze raz, aby go potwierdzić, albo podaj nową odpowiedź</translation>
    </message>
</context>
<context>
    <name>CarriedBar</name>
    <message>
        <source>Confirm carried answers</source>
        <translation>Potwierdź przeniesione odpowiedzi</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) and the consensus carried over from “%1”: confirm them as they are, or give new answers.</source>
        <translation>
            <numerusform>%n odpowiedź i konsensus przeniesione z rundy „%1”: potwierdź je bez zmian albo podaj nowe odpowiedzi.</numerusform>
            <numerusform>%n odpowiedzi i konsensus przeniesione z rundy „%1”: potwierdź je bez zmian albo podaj nowe odpowiedzi.</numerusform>
            <numerusform>%n odpowiedzi i konsensus przeniesionych z rundy „%1”: potwierdź je bez zmian albo podaj nowe odpowiedzi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) carried over from “%1”: confirm them as they are, or give new answers.</source>
        <translation>
            <numerusform>%n odpowiedź przeniesiona z rundy „%1”: potwierdź ją bez zmian albo podaj nową odpowiedź.</numerusform>
            <numerusform>%n odpowiedzi przeniesione z rundy „%1”: potwierdź je bez zmian albo podaj nowe odpowiedzi.</numerusform>
            <numerusform>%n odpowiedzi przeniesionych z rundy „%1”: potwierdź je bez zmian albo podaj nowe odpowiedzi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consensus is carried over from “%1”: confirm it, or set it anew.</source>
        <translation>Konsensus przeniesiono z rundy „%1”: potwierdź go albo ustal na nowo.</translation>
    </message>
    <message>
        <source>Confirm carried answers to %s</source>
        <translation>Potwierdź przeniesione odpowiedzi w pytaniu %s</translation>
    </message>
    <message>
        <source>Carried answers to %s confirmed</source>
        <translation>Potwierdzono przeniesione odpowiedzi w pytaniu %s</translation>
    </message>
</context>
<context>
    <name>CarriedGridModel</name>
    <message>
        <source>Carried over from “%s”: type a new answer, or confirm it as it is in Capture</source>
        <translation>Przeniesiono z rundy „%s”: wpisz nową odpowiedź albo potwierdź ją bez zmian w zakładce Ocena</translation>
    </message>
</context>
<context>
    <name>CascadeBox</name>
    <message>
        <source>The board&apos;s goals, cascaded to directors</source>
        <translation>Cele zarządu rozpisane na dyrektorów</translation>
    </message>
    <message>
        <source>New board goal</source>
        <translation>Nowy cel zarządu</translation>
    </message>
    <message>
        <source>e.g. Customer satisfaction +15% by 2027</source>
        <translation>np. satysfakcja klientów +15% do 2027 r.</translation>
    </message>
    <message>
        <source>Add bo&amp;ard goal</source>
        <translation>Dodaj cel &amp;zarządu</translation>
    </message>
    <message>
        <source>Add &amp;director&apos;s copy</source>
        <translation>Dodaj cel &amp;dyrektora</translation>
    </message>
    <message>
        <source>Remo&amp;ve goal</source>
        <translation>U&amp;suń cel</translation>
    </message>
    <message>
        <source>Board goals and directors&apos; copies</source>
        <translation>Cele zarządu i cele dyrektorów</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Planned actions, one per line</source>
        <translation>Planowane działania, po jednym w wierszu</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <source>Departme&amp;nt:</source>
        <translation>D&amp;ział:</translation>
    </message>
    <message>
        <source>Planned a&amp;ctions:</source>
        <translation>Planowane &amp;działania:</translation>
    </message>
    <message>
        <source>No board goal yet. Type one above and press Add; then add a copy for each director who carries it.</source>
        <translation>Nie ma jeszcze celu zarządu. Wpisz go powyżej i naciśnij Dodaj; potem dodaj cel dla każdego dyrektora, który go realizuje.</translation>
    </message>
    <message>
        <source>wording</source>
        <translation>brzmienie</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>właściciel</translation>
    </message>
    <message>
        <source>department</source>
        <translation>dział</translation>
    </message>
    <message>
        <source>planned actions</source>
        <translation>planowane działania</translation>
    </message>
    <message>
        <source>New board goa&amp;l:</source>
        <translation>Nowy cel za&amp;rządu:</translation>
    </message>
    <message>
        <source>Director&apos;s &amp;goal:</source>
        <translation>Cel &amp;dyrektora:</translation>
    </message>
    <message>
        <source>Board &amp;goal:</source>
        <translation>Cel &amp;zarządu:</translation>
    </message>
    <message>
        <source>Director&apos;s copy of the goal</source>
        <translation>Cel dyrektora (przejęty od zarządu)</translation>
    </message>
    <message>
        <source>Board goal</source>
        <translation>Cel zarządu</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nikt)</translation>
    </message>
    <message>
        <source>Change the {what} of goal “{name}”</source>
        <translation>Zmień cel „{name}” ({what})</translation>
    </message>
    <message>
        <source>Goal saved</source>
        <translation>Zapisano cel</translation>
    </message>
    <message>
        <source>Type the board goal first. Nothing was saved.</source>
        <translation>Najpierw wpisz cel zarządu. Nic nie zapisano.</translation>
    </message>
    <message>
        <source>The goal</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Add board goal “{name}”</source>
        <translation>Dodaj cel zarządu „{name}”</translation>
    </message>
    <message>
        <source>Board goal added</source>
        <translation>Dodano cel zarządu</translation>
    </message>
    <message>
        <source>Add a director&apos;s copy of “{name}”</source>
        <translation>Dodaj cel dyrektora do „{name}”</translation>
    </message>
    <message>
        <source>Director&apos;s copy added</source>
        <translation>Dodano cel dyrektora</translation>
    </message>
    <message numerus="yes">
        <source>Remove board goal “{name}” and its %n director&apos;s copies</source>
        <translation>
            <numerusform>Usuń cel zarządu „{name}” i %n cel dyrektora</numerusform>
            <numerusform>Usuń cel zarządu „{name}” i %n cele dyrektorów</numerusform>
            <numerusform>Usuń cel zarządu „{name}” i %n celów dyrektorów</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove board goal “{name}”</source>
        <translation>Usuń cel zarządu „{name}”</translation>
    </message>
    <message>
        <source>Remove director&apos;s goal “{name}”</source>
        <translation>Usuń cel dyrektora „{name}”</translation>
    </message>
    <message>
        <source>Goal removed</source>
        <translation>Usunięto cel</translation>
    </message>
</context>
<context>
    <name>CascadeModel</name>
    <message>
        <source>Goal</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Planned actions</source>
        <translation>Planowane działania</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>Radar of current and target maturity</source>
        <translation>Radar obecnej i docelowej dojrzałości</translation>
    </message>
    <message>
        <source>Heat map of the questions</source>
        <translation>Mapa ciepła pytań</translation>
    </message>
    <message>
        <source>Overlays</source>
        <translation>Nakładki</translation>
    </message>
    <message>
        <source>Overlay how each department sees the company, or the scores of another round</source>
        <translation>Nałóż, jak każdy dział widzi firmę, albo wyniki innej rundy</translation>
    </message>
    <message>
        <source>Department views:</source>
        <translation>Spojrzenie działów:</translation>
    </message>
    <message>
        <source>Other rounds:</source>
        <translation>Inne rundy:</translation>
    </message>
    <message>
        <source>Export radar…</source>
        <translation>Eksportuj radar…</translation>
    </message>
    <message>
        <source>Export heat map…</source>
        <translation>Eksportuj mapę ciepła…</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Obecnie</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Questions: current → target</source>
        <translation>Pytania: obecnie → cel</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Eksportuj wykres</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Obraz PNG (*.png);;Rysunek SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>ConsensusPanel</name>
    <message>
        <source>Consensus of the room</source>
        <translation>Konsensus uczestników</translation>
    </message>
    <message>
        <source>Agreed current level</source>
        <translation>Uzgodniony poziom obecny</translation>
    </message>
    <message>
        <source>Agreed target level</source>
        <translation>Uzgodniony poziom docelowy</translation>
    </message>
    <message>
        <source>Consensus note</source>
        <translation>Notatka do konsensusu</translation>
    </message>
    <message>
        <source>Set &amp;consensus</source>
        <translation>Ustal &amp;konsensus</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Wy&amp;czyść</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>Obecnie:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Cel:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notatka:</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Open workshop</source>
        <translation>Otwórz warsztat</translation>
    </message>
    <message>
        <source>Export roadmap PDF</source>
        <translation>Eksportuj mapę drogową do PDF</translation>
    </message>
    <message>
        <source>Export roadmap as Word</source>
        <translation>Eksportuj mapę drogową do Worda</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Dokument Word (*.docx)</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Otwórz &amp;tylko do odczytu</translation>
    </message>
    <message>
        <source>Open &amp;anyway…</source>
        <translation>Otwórz &amp;mimo to…</translation>
    </message>
    <message>
        <source>Open &amp;anyway</source>
        <translation>Otwórz &amp;mimo to</translation>
    </message>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation>Zapisz kopię gdzie indziej…</translation>
    </message>
    <message>
        <source>Merge a co-facilitator&apos;s copy</source>
        <translation>Scal kopię współprowadzącego</translation>
    </message>
    <message>
        <source>Import questionnaires</source>
        <translation>Importuj ankiety</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Eksportuj jako JSON</translation>
    </message>
    <message>
        <source>Import from JSON</source>
        <translation>Importuj z JSON</translation>
    </message>
    <message>
        <source>Export model</source>
        <translation>Eksportuj model</translation>
    </message>
    <message>
        <source>Add model to library</source>
        <translation>Dodaj model do biblioteki</translation>
    </message>
    <message>
        <source>Replace model</source>
        <translation>Zastąp model</translation>
    </message>
    <message>
        <source>Workshop not found</source>
        <translation>Nie znaleziono warsztatu</translation>
    </message>
    <message>
        <source>%s is not there any more: it was moved or deleted, or it is on a drive that is not connected.

Remove it from the recent files?</source>
        <translation>Pliku %s już tam nie ma: został przeniesiony lub usunięty albo jest na dysku, który nie jest podłączony.

Usunąć go z listy ostatnich plików?</translation>
    </message>
</context>
<context>
    <name>DistributionWidget</name>
    <message>
        <source>Distribution of answers</source>
        <translation>Rozkład odpowiedzi</translation>
    </message>
    <message>
        <source>Current: %s; target: %s; not applicable %d; don&apos;t know %d</source>
        <translation>Obecnie: %s; cel: %s; nie dotyczy: %d; nie wiem: %d</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>n/d</translation>
    </message>
</context>
<context>
    <name>EngagementPage</name>
    <message>
        <source>Client name</source>
        <translation>Nazwa klienta</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Wielkość firmy</translation>
    </message>
    <message>
        <source>e.g. 250–999 employees</source>
        <translation>np. 250–999 pracowników</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <source>Consultancy</source>
        <translation>Firma doradcza</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data rozpoczęcia</translation>
    </message>
    <message>
        <source>Clear the start date</source>
        <translation>Wyczyść datę rozpoczęcia</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data zakończenia</translation>
    </message>
    <message>
        <source>Clear the end date</source>
        <translation>Wyczyść datę zakończenia</translation>
    </message>
    <message>
        <source>Workshop language: %s</source>
        <translation>Język warsztatu: %s</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Język raportu</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Podgląd logo</translation>
    </message>
    <message>
        <source>&amp;Browse for a logo…</source>
        <translation>&amp;Wybierz logo…</translation>
    </message>
    <message>
        <source>Remo&amp;ve logo</source>
        <translation>U&amp;suń logo</translation>
    </message>
    <message>
        <source>Primary colour</source>
        <translation>Kolor główny</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Kolor akcentu</translation>
    </message>
    <message>
        <source>Client and consultant</source>
        <translation>Klient i konsultant</translation>
    </message>
    <message>
        <source>Client na&amp;me:</source>
        <translation>&amp;Nazwa klienta:</translation>
    </message>
    <message>
        <source>Ind&amp;ustry:</source>
        <translation>&amp;Branża:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>W&amp;ielkość:</translation>
    </message>
    <message>
        <source>Consul&amp;tant:</source>
        <translation>&amp;Konsultant:</translation>
    </message>
    <message>
        <source>Consultanc&amp;y:</source>
        <translation>&amp;Firma doradcza:</translation>
    </message>
    <message>
        <source>En&amp;ds on:</source>
        <translation>K&amp;oniec:</translation>
    </message>
    <message>
        <source>Sta&amp;rts on:</source>
        <translation>&amp;Początek:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Języki:</translation>
    </message>
    <message>
        <source>Report l&amp;anguage:</source>
        <translation>Język &amp;raportu:</translation>
    </message>
    <message>
        <source>Branding of the report</source>
        <translation>Wygląd raportu</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>&amp;Primary colour:</source>
        <translation>Kolor &amp;główny:</translation>
    </message>
    <message>
        <source>Acce&amp;nt colour:</source>
        <translation>Kolor &amp;akcentu:</translation>
    </message>
    <message>
        <source>Choose the client&apos;s logo</source>
        <translation>Wybierz logo klienta</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Brak logo</translation>
    </message>
    <message>
        <source>The stored logo cannot be shown</source>
        <translation>Nie można wyświetlić zapisanego logo</translation>
    </message>
    <message>
        <source>{mime}
{w}×{h} px, {kb} KB</source>
        <translation>{mime}
{w}×{h} px, {kb} KB</translation>
    </message>
    <message>
        <source>The client name cannot be empty. It was not saved.</source>
        <translation>Nazwa klienta nie może być pusta. Nie zapisano.</translation>
    </message>
    <message>
        <source>The end date is before the start date. It was not saved.</source>
        <translation>Data zakończenia jest wcześniejsza niż data rozpoczęcia. Nie zapisano.</translation>
    </message>
    <message>
        <source>Start and end dates</source>
        <translation>Daty rozpoczęcia i zakończenia</translation>
    </message>
    <message>
        <source>A workshop needs at least one language.</source>
        <translation>Warsztat musi mieć co najmniej jeden język.</translation>
    </message>
    <message>
        <source>Workshop languages</source>
        <translation>Języki warsztatu</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Logo saved</source>
        <translation>Zapisano logo</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Usuń logo</translation>
    </message>
    <message>
        <source>Logo removed</source>
        <translation>Usunięto logo</translation>
    </message>
    <message>
        <source>“{name}” is {mb} MB; a logo may be at most {limit} MB.</source>
        <translation>Plik „{name}” ma {mb} MB; logo może mieć najwyżej {limit} MB.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {reason}</source>
        <translation>Nie można odczytać pliku „{name}”: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is {w}×{h} pixels; a logo may be at most {side} pixels wide and high.</source>
        <translation>Obraz „{name}” ma {w}×{h} pikseli; logo może mieć najwyżej {side} pikseli szerokości i wysokości.</translation>
    </message>
    <message>
        <source>“{name}” is not an image CRM Workshop can read. Choose a PNG or JPEG file.</source>
        <translation>Plik „{name}” nie jest obrazem, który CRM Workshop potrafi odczytać. Wybierz plik PNG lub JPEG.</translation>
    </message>
    <message>
        <source>“{name}” becomes larger than {limit} MB as PNG. Choose a smaller PNG or JPEG file.</source>
        <translation>Po zapisaniu jako PNG obraz „{name}” przekracza {limit} MB. Wybierz mniejszy plik PNG lub JPEG.</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <source>Details: %s</source>
        <translation>Szczegóły: %s</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Nie znaleziono pliku</translation>
    </message>
    <message>
        <source>“%s” does not exist any more. It may have been moved, renamed or deleted.</source>
        <translation>Plik „%s” już nie istnieje. Mógł zostać przeniesiony, przemianowany lub usunięty.</translation>
    </message>
    <message>
        <source>No permission to read the file</source>
        <translation>Brak uprawnień do odczytu pliku</translation>
    </message>
    <message>
        <source>“%s” cannot be read with your user account&apos;s permissions, so it was not opened and nothing was written. Ask the file&apos;s owner to let you read it, or to copy it to a folder where you may read it, then open that copy.</source>
        <translation>Uprawnienia Twojego konta nie pozwalają odczytać pliku „%s”, więc nie został otwarty i nic nie zapisano. Poproś właściciela pliku o prawo do odczytu albo o skopiowanie go do folderu, który możesz czytać, i otwórz tę kopię.</translation>
    </message>
    <message>
        <source>File already exists</source>
        <translation>Plik już istnieje</translation>
    </message>
    <message>
        <source>“%s” already exists. Choose another name; nothing was overwritten.</source>
        <translation>Plik „%s” już istnieje. Wybierz inną nazwę; niczego nie nadpisano.</translation>
    </message>
    <message>
        <source>Not a workshop file</source>
        <translation>To nie jest plik warsztatu</translation>
    </message>
    <message>
        <source>“%s” is not a CRM Workshop file. It was not changed. Open a .crmw file created with CRM Workshop.</source>
        <translation>„%s” nie jest plikiem CRM Workshop. Nie został zmieniony. Otwórz plik .crmw utworzony w CRM Workshop.</translation>
    </message>
    <message>
        <source>“%s” is a database of another application. It was not changed.</source>
        <translation>„%s” to baza danych innego programu. Nie została zmieniona.</translation>
    </message>
    <message>
        <source>Damaged backup</source>
        <translation>Uszkodzona kopia zapasowa</translation>
    </message>
    <message>
        <source>The backup “%s” is damaged and cannot be restored. Nothing was written; choose another backup.</source>
        <translation>Kopia zapasowa „%s” jest uszkodzona i nie można jej przywrócić. Nic nie zapisano; wybierz inną kopię.</translation>
    </message>
    <message>
        <source>Damaged workshop file</source>
        <translation>Uszkodzony plik warsztatu</translation>
    </message>
    <message>
        <source>“%s” is damaged and cannot be opened. It was not changed. Open a backup copy (files named “…before-upgrade…” or your own copies) or ask for a new copy.</source>
        <translation>Plik „%s” jest uszkodzony i nie można go otworzyć. Nie został zmieniony. Otwórz kopię zapasową (pliki o nazwie „…before-upgrade…” lub własne kopie) albo poproś o nową kopię.</translation>
    </message>
    <message>
        <source>Workshop file refused</source>
        <translation>Odrzucono plik warsztatu</translation>
    </message>
    <message>
        <source>“%s” contains database objects that CRM Workshop did not create. For your safety it was not opened and nothing in it was run.</source>
        <translation>Plik „%s” zawiera obiekty bazy danych, których nie utworzył CRM Workshop. Dla bezpieczeństwa nie został otwarty i nic z niego nie zostało uruchomione.</translation>
    </message>
    <message>
        <source>Newer workshop file</source>
        <translation>Nowszy plik warsztatu</translation>
    </message>
    <message>
        <source>“%s” was saved by a newer version of CRM Workshop. Update CRM Workshop to open it; the file was not changed.</source>
        <translation>Plik „%s” zapisała nowsza wersja CRM Workshop. Zaktualizuj CRM Workshop, aby go otworzyć; plik nie został zmieniony.</translation>
    </message>
    <message>
        <source>Workshop in use</source>
        <translation>Warsztat jest używany</translation>
    </message>
    <message>
        <source>“%s” is open in another CRM Workshop window or program. Close it there and try again.</source>
        <translation>Plik „%s” jest otwarty w innym oknie CRM Workshop lub w innym programie. Zamknij go tam i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Workshop is read-only</source>
        <translation>Warsztat tylko do odczytu</translation>
    </message>
    <message>
        <source>“%s” cannot be changed here: the file, its folder or its disk cannot be written. Nothing saved in it was lost. Save a copy elsewhere (File › Save a copy as…) to keep working on it in a writable folder.</source>
        <translation>Pliku „%s” nie można tu zmieniać: nie da się zapisywać w pliku, jego folderze lub na dysku. Nic, co zostało w nim zapisane, nie przepadło. Zapisz kopię w innym miejscu (Plik › Zapisz kopię jako…), aby dalej pracować w folderze z prawem zapisu.</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>Dysk jest pełny</translation>
    </message>
    <message>
        <source>There is no space left on the disk to write “%s”. Nothing saved before was lost, and nothing was left half-written. Free some space on that disk, or save to another disk or folder.</source>
        <translation>Na dysku zabrakło miejsca na zapisanie pliku „%s”. Nic, co zostało zapisane wcześniej, nie przepadło i nic nie zostało zapisane w połowie. Zwolnij miejsce na tym dysku albo zapisz na innym dysku lub w innym folderze.</translation>
    </message>
    <message>
        <source>Cannot write here</source>
        <translation>Nie można tu zapisać</translation>
    </message>
    <message>
        <source>“%s” cannot be written: its folder or disk is read-only, or you have no permission to write there. Nothing was changed. Choose another folder.</source>
        <translation>Nie można zapisać pliku „%s”: folder lub dysk jest tylko do odczytu albo nie masz tam prawa zapisu. Nic nie zmieniono. Wybierz inny folder.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Nie udało się zapisać</translation>
    </message>
    <message>
        <source>“%s” could not be written (%s). Nothing saved before was lost, and nothing was left half-written. Check that the disk is still connected and has free space, or save to another disk or folder.</source>
        <translation>Nie udało się zapisać pliku „%s” (%s). Nic, co zostało zapisane wcześniej, nie przepadło i nic nie zostało zapisane w połowie. Sprawdź, czy dysk jest nadal podłączony i ma wolne miejsce, albo zapisz na innym dysku lub w innym folderze.</translation>
    </message>
    <message>
        <source>…and %d more</source>
        <translation>…i jeszcze %d</translation>
    </message>
    <message>
        <source>Maturity model has problems</source>
        <translation>Model dojrzałości zawiera błędy</translation>
    </message>
    <message>
        <source>The maturity model cannot be used. Fix these problems in the model file:
%s</source>
        <translation>Nie można użyć modelu dojrzałości. Popraw te błędy w pliku modelu:
%s</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Plik jest za duży</translation>
    </message>
    <message>
        <source>“%s” is %.0f MB; files attached to a workshop can be at most %.0f MB.</source>
        <translation>Plik „%s” ma %.0f MB; pliki dołączane do warsztatu mogą mieć najwyżej %.0f MB.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>File cannot be read</source>
        <translation>Nie można odczytać pliku</translation>
    </message>
    <message>
        <source>“%s” could not be read, so nothing was done with it and it was not changed. Check that its disk or network folder is still connected, or copy the file to this computer, then try again.</source>
        <translation>Nie udało się odczytać pliku „%s”, więc nic z nim nie zrobiono i nie został zmieniony. Sprawdź, czy jego dysk lub folder sieciowy jest nadal podłączony, albo skopiuj plik na ten komputer i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>Problem z plikiem</translation>
    </message>
    <message>
        <source>The file could not be used: %s</source>
        <translation>Nie można użyć pliku: %s</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Nieoczekiwany problem</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%s). Your saved answers are safe. Please report this problem.</source>
        <translation>Wystąpił nieoczekiwany błąd (%s). Zapisane odpowiedzi są bezpieczne. Zgłoś, proszę, ten problem.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>nieznanej chwili</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>ktoś</translation>
    </message>
    <message>
        <source>“%s” is opened by %s in another program on this computer (process %d) since %s. Two programs writing to one workshop would overwrite each other&apos;s answers.

Open it read-only here (safe), or close it there first.</source>
        <translation>Plik „%s” jest otwarty przez użytkownika %s w innym programie na tym komputerze (proces %d) od %s. Dwa programy zapisujące jeden warsztat nadpisywałyby sobie nawzajem odpowiedzi.

Otwórz go tutaj tylko do odczytu (bezpiecznie) albo najpierw zamknij go tam.</translation>
    </message>
    <message>
        <source>Workshop open on another computer</source>
        <translation>Warsztat otwarty na innym komputerze</translation>
    </message>
    <message>
        <source>“%s” is opened by %s on %s since %s. If two computers write to one workshop, the sync program keeps one version and sets the other aside, and answers end up split between them.

Open it read-only here (safe), or close it there first.</source>
        <translation>Plik „%s” jest otwarty przez użytkownika %s na komputerze %s od %s. Jeśli dwa komputery zapisują jeden warsztat, program synchronizujący zachowa jedną wersję, a drugą odłoży na bok, i odpowiedzi zostaną rozdzielone między nie.

Otwórz go tutaj tylko do odczytu (bezpiecznie) albo najpierw zamknij go tam.</translation>
    </message>
    <message>
        <source>in the other program</source>
        <translation>w innym programie</translation>
    </message>
    <message>
        <source>on %s</source>
        <translation>na komputerze %s</translation>
    </message>
    <message>
        <source>Open anyway?</source>
        <translation>Otworzyć mimo to?</translation>
    </message>
    <message>
        <source>If “%s” is still open %s, the changes made there, including any not yet synced to this computer, may be lost: the sync program keeps only one version of the file.

Open it anyway only if it is no longer open there (for example, that computer crashed or was switched off without closing it).</source>
        <translation>Jeśli plik „%s” jest nadal otwarty %s, zmiany wprowadzone tam, także te jeszcze niezsynchronizowane z tym komputerem, mogą przepaść: program synchronizujący zachowuje tylko jedną wersję pliku.

Otwórz go mimo to tylko wtedy, gdy nie jest już tam otwarty (na przykład tamten komputer uległ awarii lub został wyłączony bez zamknięcia pliku).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nic nie zmieniono.</translation>
    </message>
    <message>
        <source>The text holds a character that cannot be stored (a broken surrogate, often from a bad paste); retype it.</source>
        <translation>Tekst zawiera znak, którego nie można zapisać (uszkodzony surogat, zwykle po nieudanym wklejeniu); wpisz go ponownie.</translation>
    </message>
    <message>
        <source>“%s” is not a month; write it as YYYY-MM, e.g. 2027-03.</source>
        <translation>„%s” to nie miesiąc; wpisz go jako RRRR-MM, np. 2027-03.</translation>
    </message>
    <message>
        <source>The end month %s comes before the start month %s.</source>
        <translation>Miesiąc zakończenia %s jest wcześniejszy niż miesiąc rozpoczęcia %s.</translation>
    </message>
    <message>
        <source>Question %s is listed twice in one initiative.</source>
        <translation>Pytanie %s występuje dwa razy w jednej inicjatywie.</translation>
    </message>
    <message>
        <source>The chosen owner is no longer a stakeholder of this workshop.</source>
        <translation>Wybrany właściciel nie jest już interesariuszem tego warsztatu.</translation>
    </message>
    <message>
        <source>“%s” is not a question or area of this workshop&apos;s model.</source>
        <translation>„%s” to nie pytanie ani obszar modelu tego warsztatu.</translation>
    </message>
    <message>
        <source>A level must be between 1 and 5.</source>
        <translation>Poziom musi być od 1 do 5.</translation>
    </message>
    <message>
        <source>Merge not done: the workshop changed</source>
        <translation>Nie scalono: warsztat się zmienił</translation>
    </message>
    <message>
        <source>“%s” changed after the merge was prepared (something was added to it in the meantime), so the merge was stopped before anything was written: the workshop is exactly as it was. Choose File › Merge a co-facilitator&apos;s copy… again: the two copies are compared afresh and you can merge from there.</source>
        <translation>Plik „%s” zmienił się po przygotowaniu scalania (w międzyczasie coś do niego dodano), więc scalanie przerwano, zanim cokolwiek zapisano: warsztat jest dokładnie taki jak przedtem. Wybierz ponownie Plik › Scal kopię współprowadzącego…: obie kopie zostaną porównane od nowa i będzie można je scalić.</translation>
    </message>
    <message>
        <source>Not a copy of this workshop</source>
        <translation>To nie jest kopia tego warsztatu</translation>
    </message>
    <message>
        <source>Only copies of the same workshop can be merged, so nothing was changed. Ask your co-facilitator for their copy of this workshop (the .crmw file they captured answers in) and merge that one.</source>
        <translation>Scalać można tylko kopie tego samego warsztatu, więc nic nie zmieniono. Poproś współprowadzącego o jego kopię tego warsztatu (plik .crmw, w którym zapisywał odpowiedzi) i scal właśnie ją.</translation>
    </message>
    <message>
        <source>The other copy holds questions this workshop does not have (%s): it was not made from this workshop.</source>
        <translation>Druga kopia zawiera pytania, których ten warsztat nie ma (%s): nie powstała z tego warsztatu.</translation>
    </message>
    <message>
        <source>The other copy was run with the maturity model “%s” (version %s); this workshop uses “%s” (version %s).</source>
        <translation>Druga kopia używała modelu dojrzałości „%s” (wersja %s); ten warsztat używa modelu „%s” (wersja %s).</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Attached files</source>
        <translation>Dołączone pliki</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Dołącz &amp;plik…</translation>
    </message>
    <message>
        <source>Op&amp;en</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>{name}  ({kb} KB)</source>
        <translation>{name}  ({kb} KB)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Dołącz plik</translation>
    </message>
    <message>
        <source>Attach {file} to “{target}”</source>
        <translation>Dołącz {file} do „{target}”</translation>
    </message>
</context>
<context>
    <name>FocusAreasBox</name>
    <message>
        <source>Focus areas</source>
        <translation>Miejsca wymagające uwagi</translation>
    </message>
    <message>
        <source>New focus area</source>
        <translation>Nowe miejsce wymagające uwagi</translation>
    </message>
    <message>
        <source>Remove focus area</source>
        <translation>Usuń miejsce wymagające uwagi</translation>
    </message>
    <message>
        <source>Focus on</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>Area or &amp;question:</source>
        <translation>Obszar lub &amp;pytanie:</translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation>&amp;Dlaczego:</translation>
    </message>
    <message>
        <source>Focus area added</source>
        <translation>Dodano miejsce wymagające uwagi</translation>
    </message>
    <message>
        <source>Already marked as a focus area</source>
        <translation>Już oznaczone jako miejsce wymagające uwagi</translation>
    </message>
    <message>
        <source>Mark {names} as focus area</source>
        <translation>Oznacz {names} jako miejsce wymagające uwagi</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Edit focus area “{name}”</source>
        <translation>Zmień miejsce wymagające uwagi „{name}”</translation>
    </message>
    <message>
        <source>Focus area saved</source>
        <translation>Zapisano miejsce wymagające uwagi</translation>
    </message>
    <message>
        <source>Remove focus area “{name}”</source>
        <translation>Usuń miejsce wymagające uwagi „{name}”</translation>
    </message>
    <message>
        <source>Focus area removed</source>
        <translation>Usunięto miejsce wymagające uwagi</translation>
    </message>
</context>
<context>
    <name>FollowUpRoundDialog</name>
    <message>
        <source>New follow-up round</source>
        <translation>Nowa runda kontrolna</translation>
    </message>
    <message>
        <source>Date of the round</source>
        <translation>Data rundy</translation>
    </message>
    <message>
        <source>Name of the round</source>
        <translation>Nazwa rundy</translation>
    </message>
    <message>
        <source>&amp;Pre-fill with the answers of</source>
        <translation>&amp;Wypełnij wstępnie odpowiedziami z rundy</translation>
    </message>
    <message>
        <source>Round to pre-fill from</source>
        <translation>Runda, z której przenieść odpowiedzi</translation>
    </message>
    <message>
        <source>Who takes part</source>
        <translation>Kto bierze udział</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Wszyscy</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>&amp;Nikt</translation>
    </message>
    <message>
        <source>&amp;Start round</source>
        <translation>&amp;Rozpocznij rundę</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Who takes part:</source>
        <translation>&amp;Kto bierze udział:</translation>
    </message>
    <message>
        <source>Pre-filled answers are marked as carried over until they are confirmed or changed; comments are not copied.</source>
        <translation>Odpowiedzi wypełnione wstępnie są oznaczone jako przeniesione, dopóki ktoś ich nie potwierdzi lub nie zmieni; komentarze nie są kopiowane.</translation>
    </message>
</context>
<context>
    <name>FollowupEditor</name>
    <message>
        <source>Follow-up owner</source>
        <translation>Osoba odpowiedzialna za wyjaśnienie</translation>
    </message>
    <message>
        <source>D&amp;ue by:</source>
        <translation>&amp;Termin:</translation>
    </message>
    <message>
        <source>Follow-up has a due date</source>
        <translation>Wyjaśnienie ma termin</translation>
    </message>
    <message>
        <source>Follow-up due date</source>
        <translation>Termin wyjaśnienia</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Notatka do wyjaśnienia</translation>
    </message>
    <message>
        <source>What to find out, from whom</source>
        <translation>Czego się dowiedzieć i od kogo</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Zrobione</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Wyjaśnione</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;otatka:</translation>
    </message>
    <message>
        <source>Select a question above to plan who validates it.</source>
        <translation>Wybierz pytanie powyżej, aby ustalić, kto je zweryfikuje.</translation>
    </message>
    <message>
        <source>Follow-up of %s</source>
        <translation>Wyjaśnienie pytania %s</translation>
    </message>
    <message>
        <source>– nobody yet –</source>
        <translation>– jeszcze nikt –</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <source>Area</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Obszar:</translation>
    </message>
    <message>
        <source>Where the cursor goes after typing</source>
        <translation>Dokąd przechodzi kursor po wpisaniu</translation>
    </message>
    <message>
        <source>Right (one person at a time)</source>
        <translation>W prawo (jedna osoba naraz)</translation>
    </message>
    <message>
        <source>Down (one question at a time)</source>
        <translation>W dół (jedno pytanie naraz)</translation>
    </message>
    <message>
        <source>After typing, &amp;move:</source>
        <translation>Po wpisaniu &amp;przejdź:</translation>
    </message>
    <message>
        <source>Answers: stakeholders by questions</source>
        <translation>Odpowiedzi: interesariusze × pytania</translation>
    </message>
    <message>
        <source>Keys: 1–5 level · N not applicable · ? don&apos;t know · Shift+1–5 target · Delete clear · Ctrl+C / Ctrl+V copy and paste (also from a spreadsheet) · F2 edit · Ctrl+Z undo</source>
        <translation>Klawisze: 1–5 poziom · N nie dotyczy · ? nie wiem · Shift+1–5 cel · Delete wyczyść · Ctrl+C / Ctrl+V kopiuj i wklej (także z arkusza kalkulacyjnego) · F2 edytuj · Ctrl+Z cofnij</translation>
    </message>
    <message>
        <source>Round “%s” (%s)</source>
        <translation>Runda „%s” (%s)</translation>
    </message>
    <message>
        <source>%d of %d answers entered</source>
        <translation>wpisane odpowiedzi: %d z %d</translation>
    </message>
    <message>
        <source>This workshop is open read-only.</source>
        <translation>Ten warsztat jest otwarty tylko do odczytu.</translation>
    </message>
    <message>
        <source>Nothing pasted: </source>
        <translation>Nic nie wklejono: </translation>
    </message>
    <message>
        <source>the values do not fit in the grid from this cell.</source>
        <translation>wartości nie mieszczą się w siatce od tej komórki.</translation>
    </message>
    <message>
        <source>1–5, N/A or ?</source>
        <translation>1–5, n/d lub ?</translation>
    </message>
    <message>
        <source>1–5</source>
        <translation>1–5</translation>
    </message>
    <message>
        <source>row %d (%s), column %s: “%s” is not %s.</source>
        <translation>wiersz %d (%s), kolumna %s: „%s” to nie %s.</translation>
    </message>
    <message>
        <source>Clear answer of %s to %s</source>
        <translation>Wyczyść odpowiedź: %s, pytanie %s</translation>
    </message>
    <message>
        <source>Answer of %s to %s</source>
        <translation>Odpowiedź: %s, pytanie %s</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s).</source>
        <translation>
            <numerusform>Skopiowano %n komórkę.</numerusform>
            <numerusform>Skopiowano %n komórki.</numerusform>
            <numerusform>Skopiowano %n komórek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s).</source>
        <translation>
            <numerusform>Wklejono %n komórkę.</numerusform>
            <numerusform>Wklejono %n komórki.</numerusform>
            <numerusform>Wklejono %n komórek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n answer(s)</source>
        <translation>
            <numerusform>Wyczyść %n odpowiedź</numerusform>
            <numerusform>Wyczyść %n odpowiedzi</numerusform>
            <numerusform>Wyczyść %n odpowiedzi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n answer(s)</source>
        <translation>
            <numerusform>Wklej %n odpowiedź</numerusform>
            <numerusform>Wklej %n odpowiedzi</numerusform>
            <numerusform>Wklej %n odpowiedzi</numerusform>
        </translation>
    </message>
    <message>
        <source>An answer with a target stays “?”: clear its target too.</source>
        <translation>Odpowiedź z celem pozostaje jako „?”: wyczyść także cel.</translation>
    </message>
    <message>
        <source>The clipboard holds nothing to paste.</source>
        <translation>W schowku nie ma nic do wklejenia.</translation>
    </message>
    <message>
        <source>Nothing pasted: %d rows × %d columns do not fit here; from this cell there is room for %d × %d.</source>
        <translation>Nic nie wklejono: blok %d × %d (wiersze × kolumny) nie mieści się tutaj; od tej komórki jest miejsce na %d × %d.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>The help text is missing from this installation.</source>
        <translation>W tej instalacji brakuje tekstu pomocy.</translation>
    </message>
    <message>
        <source>Current level of the selected stakeholder</source>
        <translation>Obecny poziom wybranego interesariusza</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Poziom docelowy</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nie dotyczy</translation>
    </message>
    <message>
        <source>Don&apos;t know / needs validation</source>
        <translation>Nie wiem / do weryfikacji</translation>
    </message>
    <message>
        <source>Clear the answer</source>
        <translation>Wyczyść odpowiedź</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Następne pytanie</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Poprzednie pytanie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <source>In the capture view</source>
        <translation>W widoku oceny</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>Odpowiadanie</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatyczne kopie zapasowe</translation>
    </message>
    <message>
        <source>Your library of maturity models</source>
        <translation>Twoja biblioteka modeli dojrzałości</translation>
    </message>
    <message>
        <source>The demo workshop</source>
        <translation>Warsztat demonstracyjny</translation>
    </message>
    <message>
        <source>The app&apos;s settings</source>
        <translation>Ustawienia programu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Where on this computer</source>
        <translation>Gdzie na tym komputerze</translation>
    </message>
    <message>
        <source>CRM Workshop Help</source>
        <translation>Pomoc CRM Workshop</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Tekst pomocy</translation>
    </message>
</context>
<context>
    <name>HintsPanel</name>
    <message>
        <source>Hints from the analysis</source>
        <translation>Sygnały z analizy</translation>
    </message>
    <message>
        <source>Show hints</source>
        <translation>Pokaż sygnały</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Sygnały</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Potwierdź</translation>
    </message>
    <message>
        <source>A real issue here: keep it as a risk</source>
        <translation>Rzeczywisty problem: zachowaj go jako ryzyko</translation>
    </message>
    <message>
        <source>Di&amp;smiss</source>
        <translation>&amp;Odrzuć</translation>
    </message>
    <message>
        <source>Not an issue here: hide it</source>
        <translation>Tu nie jest problemem: ukryj go</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Add to risk re&amp;gister</source>
        <translation>Dodaj do &amp;rejestru ryzyk</translation>
    </message>
    <message>
        <source>Mar&amp;k as focus area</source>
        <translation>Oznacz jako miejsce wymagające &amp;uwagi</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Po&amp;każ:</translation>
    </message>
    <message>
        <source>Open ({count})</source>
        <translation>Otwarte ({count})</translation>
    </message>
    <message>
        <source>Confirmed ({count})</source>
        <translation>Potwierdzone ({count})</translation>
    </message>
    <message>
        <source>Dismissed ({count})</source>
        <translation>Odrzucone ({count})</translation>
    </message>
    <message>
        <source>All ({count})</source>
        <translation>Wszystkie ({count})</translation>
    </message>
    <message>
        <source>No hints to show.</source>
        <translation>Brak sygnałów do pokazania.</translation>
    </message>
    <message>
        <source>No hints: the answers and the plan raise none of the typical risks.</source>
        <translation>Brak sygnałów: odpowiedzi i plan nie wskazują żadnego z typowych ryzyk.</translation>
    </message>
    <message>
        <source>Confirm hint “{hint}”</source>
        <translation>Potwierdź sygnał „{hint}”</translation>
    </message>
    <message>
        <source>Dismiss hint “{hint}”</source>
        <translation>Odrzuć sygnał „{hint}”</translation>
    </message>
    <message>
        <source>Reopen hint “{hint}”</source>
        <translation>Przywróć sygnał „{hint}”</translation>
    </message>
</context>
<context>
    <name>ImportProblemsView</name>
    <message>
        <source>Problems found in the CSV file</source>
        <translation>Problemy znalezione w pliku CSV</translation>
    </message>
</context>
<context>
    <name>InitiativeForm</name>
    <message>
        <source>Initiative title</source>
        <translation>Nazwa inicjatywy</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>Miesiąc rozpoczęcia</translation>
    </message>
    <message>
        <source>End month</source>
        <translation>Miesiąc zakończenia</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>RRRR-MM</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
    <message>
        <source>Expected ROI</source>
        <translation>Oczekiwany zwrot (ROI)</translation>
    </message>
    <message>
        <source>KPIs, one per line</source>
        <translation>KPI, po jednym w wierszu</translation>
    </message>
    <message>
        <source>Urgency, 1 to 5</source>
        <translation>Pilność, od 1 do 5</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nie ustalono</translation>
    </message>
    <message>
        <source>Feasibility, 1 to 5</source>
        <translation>Wykonalność, od 1 do 5</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Strategic project</source>
        <translation>Projekt &amp;strategiczny</translation>
    </message>
    <message>
        <source>Strategic project</source>
        <translation>Projekt strategiczny</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <source>Depa&amp;rtment:</source>
        <translation>D&amp;ział:</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>d&amp;o</translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation>Po&amp;czątek:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budżet:</translation>
    </message>
    <message>
        <source>Expected &amp;ROI:</source>
        <translation>Oczekiwany &amp;zwrot (ROI):</translation>
    </message>
    <message>
        <source>&amp;KPIs:</source>
        <translation>&amp;KPI:</translation>
    </message>
    <message>
        <source>F&amp;easibility:</source>
        <translation>Wy&amp;konalność:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>Pi&amp;lność:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nikt</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (nieaktywny)</translation>
    </message>
    <message>
        <source>{what}: “{text}” is not a month. Write it as YYYY-MM, like 2027-03. Nothing was saved.</source>
        <translation>{what}: „{text}” to nie miesiąc. Wpisz go jako RRRR-MM, np. 2027-03. Nic nie zapisano.</translation>
    </message>
    <message>
        <source>An initiative needs a title. Nothing was saved.</source>
        <translation>Inicjatywa musi mieć nazwę. Nic nie zapisano.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>The expected ROI</source>
        <translation>Oczekiwany zwrot (ROI)</translation>
    </message>
    <message>
        <source>The KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>The department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>The end ({end}) is before the start ({start}). Nothing was saved.</source>
        <translation>Koniec ({end}) jest wcześniej niż początek ({start}). Nic nie zapisano.</translation>
    </message>
    <message>
        <source>The budget “{text}” is not an amount. Write a number, like 120000 or 120 000,50. Nothing was saved.</source>
        <translation>Budżet „{text}” to nie kwota. Wpisz liczbę, np. 120000 lub 120 000,50. Nic nie zapisano.</translation>
    </message>
</context>
<context>
    <name>InitiativeProgressBox</name>
    <message>
        <source>Progress</source>
        <translation>Postępy</translation>
    </message>
    <message>
        <source>Status updates</source>
        <translation>Zmiany statusu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Date of the update</source>
        <translation>Data zmiany</translation>
    </message>
    <message>
        <source>Status of the update</source>
        <translation>Nowy status</translation>
    </message>
    <message>
        <source>Note on the update</source>
        <translation>Notatka do zmiany</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się wydarzyło</translation>
    </message>
    <message>
        <source>Add &amp;update</source>
        <translation>Dodaj &amp;zmianę</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>KPI actuals</source>
        <translation>Pomiary KPI</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>KPI measured</source>
        <translation>Mierzony KPI</translation>
    </message>
    <message>
        <source>Value measured</source>
        <translation>Zmierzona wartość</translation>
    </message>
    <message>
        <source>value</source>
        <translation>wartość</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>jednostka</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cel</translation>
    </message>
    <message>
        <source>Date of the measurement</source>
        <translation>Data pomiaru</translation>
    </message>
    <message>
        <source>Add &amp;measurement</source>
        <translation>Dodaj &amp;pomiar</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historia statusu</translation>
    </message>
    <message>
        <source>Status update of “%s”</source>
        <translation>Zmiana statusu „%s”</translation>
    </message>
    <message>
        <source>Status update added</source>
        <translation>Dodano zmianę statusu</translation>
    </message>
    <message>
        <source>Remove status update of “%s”</source>
        <translation>Usuń zmianę statusu „%s”</translation>
    </message>
    <message>
        <source>Status update removed; Undo brings it back</source>
        <translation>Usunięto zmianę statusu; polecenie Cofnij ją przywróci</translation>
    </message>
    <message>
        <source>KPI measurement of “%s”</source>
        <translation>Pomiar KPI „%s”</translation>
    </message>
    <message>
        <source>KPI measurement added</source>
        <translation>Dodano pomiar KPI</translation>
    </message>
    <message>
        <source>Remove KPI measurement of “%s”</source>
        <translation>Usuń pomiar KPI „%s”</translation>
    </message>
    <message>
        <source>KPI measurement removed; Undo brings it back</source>
        <translation>Usunięto pomiar KPI; polecenie Cofnij go przywróci</translation>
    </message>
</context>
<context>
    <name>InitiativeStatus</name>
    <message>
        <source>Idea</source>
        <translation>Pomysł</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Zaplanowana</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>W realizacji</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Zakończona</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Porzucona</translation>
    </message>
</context>
<context>
    <name>InitiativeTableModel</name>
    <message>
        <source>#</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Inicjatywa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Start – end</source>
        <translation>Początek – koniec</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Pilność</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Wykonalność</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>Strategiczna</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Pytania</translation>
    </message>
    <message>
        <source>strategic</source>
        <translation>strategiczna</translation>
    </message>
    <message>
        <source>not strategic</source>
        <translation>niestrategiczna</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nowy warsztat…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Otwórz warsztat &amp;demonstracyjny</translation>
    </message>
    <message>
        <source>&amp;Export roadmap (PDF, Word)…</source>
        <translation>&amp;Eksportuj mapę drogową (PDF, Word)…</translation>
    </message>
    <message>
        <source>Export &amp;progress PDF…</source>
        <translation>Eksportuj raport &amp;postępów (PDF)…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Zapisz &amp;kopię jako…</translation>
    </message>
    <message>
        <source>Export &amp;questionnaires…</source>
        <translation>Eksportuj &amp;ankiety…</translation>
    </message>
    <message>
        <source>&amp;Import questionnaire…</source>
        <translation>&amp;Importuj ankietę…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>P&amp;rzywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <source>&amp;Merge a co-facilitator&apos;s copy…</source>
        <translation>Scal kopię &amp;współprowadzącego…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Eksportuj jako &amp;JSON…</translation>
    </message>
    <message>
        <source>Import &amp;from JSON…</source>
        <translation>Importuj &amp;z JSON…</translation>
    </message>
    <message>
        <source>Add model to &amp;library…</source>
        <translation>Dodaj model do &amp;biblioteki…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Zakoń&amp;cz</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Otwórz o&amp;statnie</translation>
    </message>
    <message>
        <source>&amp;Clear recent files</source>
        <translation>&amp;Wyczyść listę ostatnich plików</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Present on the projector</source>
        <translation>&amp;Prezentuj na projektorze</translation>
    </message>
    <message>
        <source>Present &amp;on screen</source>
        <translation>Prezentuj na &amp;ekranie</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Motyw</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>CRM Workshop &amp;Help</source>
        <translation>&amp;Pomoc CRM Workshop</translation>
    </message>
    <message>
        <source>&amp;About CRM Workshop</source>
        <translation>&amp;O programie CRM Workshop</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Screen %d: %s (%d×%d)</source>
        <translation>Ekran %d: %s (%d×%d)</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(brak pliku)</translation>
    </message>
    <message>
        <source>CRM Workshop</source>
        <translation>CRM Workshop</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation>Tylko do odczytu: zmian nie można zapisać</translation>
    </message>
    <message>
        <source>Last change not saved: %s</source>
        <translation>Nie zapisano ostatniej zmiany: %s</translation>
    </message>
    <message>
        <source>Every change is saved to the file at once</source>
        <translation>Każda zmiana trafia do pliku od razu</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Ocena</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Siatka</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>W&amp;ykresy</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>P&amp;rzegląd</translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation>&amp;Mapa drogowa</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>Pos&amp;tępy</translation>
    </message>
    <message>
        <source>&amp;Set-up</source>
        <translation>&amp;Konfiguracja</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>Create workshop file</source>
        <translation>Utwórz plik warsztatu</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Zapisz kopię jako</translation>
    </message>
    <message>
        <source>Copy saved to %s</source>
        <translation>Zapisano kopię w %s</translation>
    </message>
    <message>
        <source>Working on the copy %s; “%s” was left as it was</source>
        <translation>Praca trwa na kopii %s; plik „%s” pozostał bez zmian</translation>
    </message>
    <message>
        <source>Backup restored to %s</source>
        <translation>Kopię zapasową przywrócono do pliku %s</translation>
    </message>
    <message>
        <source>Writing the roadmap…</source>
        <translation>Zapisywanie mapy drogowej…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Export roadmap</source>
        <translation>Eksport mapy drogowej</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Anulowano eksport; nic nie zapisano</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a co-facilitator&apos;s copy</source>
        <translation>Scal kopię współprowadzącego</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runda</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <source>Who or what</source>
        <translation>Kto lub co</translation>
    </message>
    <message>
        <source>This workshop</source>
        <translation>Ten warsztat</translation>
    </message>
    <message>
        <source>Other copy</source>
        <translation>Druga kopia</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Scal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>“%s” is this workshop itself: there is nothing to merge.</source>
        <translation>„%s” to ten sam warsztat: nie ma czego scalać.</translation>
    </message>
    <message>
        <source>Nothing to merge: “%s” holds nothing that this workshop lacks.</source>
        <translation>Nie ma czego scalać: „%s” nie zawiera niczego, czego brakuje w tym warsztacie.</translation>
    </message>
    <message>
        <source>“%s” will be merged into this workshop; that file is only read. First a copy of this workshop as it is now is saved beside it, and Edit › Undo takes the whole merge back.</source>
        <translation>Plik „%s” zostanie scalony z tym warsztatem; sam plik jest tylko odczytywany. Najpierw obok zostanie zapisana kopia tego warsztatu w obecnym stanie, a Edycja › Cofnij wycofa całe scalanie.</translation>
    </message>
    <message>
        <source>Will be added to this workshop:</source>
        <translation>Do tego warsztatu zostanie dodane:</translation>
    </message>
    <message>
        <source>Nothing new to add.</source>
        <translation>Nie ma nic nowego do dodania.</translation>
    </message>
    <message>
        <source>The copies do not contradict each other.</source>
        <translation>Kopie nie są ze sobą sprzeczne.</translation>
    </message>
    <message numerus="yes">
        <source>%n new stakeholder(s)</source>
        <translation>
            <numerusform>%n nowy interesariusz</numerusform>
            <numerusform>%n nowych interesariuszy</numerusform>
            <numerusform>%n nowych interesariuszy</numerusform>
        </translation>
    </message>
    <message>
        <source>“%s”</source>
        <translation>„%s”</translation>
    </message>
    <message>
        <source>&amp;Keep all of this workshop&apos;s values</source>
        <translation>&amp;Zachowaj wszystkie wartości z tego warsztatu</translation>
    </message>
    <message>
        <source>&amp;Take all of the other copy&apos;s values</source>
        <translation>&amp;Weź wszystkie wartości z drugiej kopii</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) completed (role, department, e-mail)</source>
        <translation>
            <numerusform>%n interesariusz uzupełniony (stanowisko, dział, e-mail)</numerusform>
            <numerusform>%n interesariuszy uzupełnionych (stanowisko, dział, e-mail)</numerusform>
            <numerusform>%n interesariuszy uzupełnionych (stanowisko, dział, e-mail)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new round(s)</source>
        <translation>
            <numerusform>%n nowa runda</numerusform>
            <numerusform>%n nowe rundy</numerusform>
            <numerusform>%n nowych rund</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) with more participants</source>
        <translation>
            <numerusform>%n runda z nowymi uczestnikami</numerusform>
            <numerusform>%n rundy z nowymi uczestnikami</numerusform>
            <numerusform>%n rund z nowymi uczestnikami</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n nowa sesja</numerusform>
            <numerusform>%n nowe sesje</numerusform>
            <numerusform>%n nowych sesji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) completed (attendees, areas, agenda, notes)</source>
        <translation>
            <numerusform>%n sesja uzupełniona (uczestnicy, obszary, agenda, notatki)</numerusform>
            <numerusform>%n sesje uzupełnione (uczestnicy, obszary, agenda, notatki)</numerusform>
            <numerusform>%n sesji uzupełnionych (uczestnicy, obszary, agenda, notatki)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n plik z materiałami</numerusform>
            <numerusform>%n pliki z materiałami</numerusform>
            <numerusform>%n plików z materiałami</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) hidden or reworded</source>
        <translation>
            <numerusform>%n pytanie ukryte lub przeredagowane</numerusform>
            <numerusform>%n pytania ukryte lub przeredagowane</numerusform>
            <numerusform>%n pytań ukrytych lub przeredagowanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n odpowiedź</numerusform>
            <numerusform>%n odpowiedzi</numerusform>
            <numerusform>%n odpowiedzi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consensus value(s)</source>
        <translation>
            <numerusform>%n wartość konsensusu</numerusform>
            <numerusform>%n wartości konsensusu</numerusform>
            <numerusform>%n wartości konsensusu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n sprawa do wyjaśnienia</numerusform>
            <numerusform>%n sprawy do wyjaśnienia</numerusform>
            <numerusform>%n spraw do wyjaśnienia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) is/are the same in both copies.</source>
        <translation>
            <numerusform>%n element jest taki sam w obu kopiach.</numerusform>
            <numerusform>%n elementy są takie same w obu kopiach.</numerusform>
            <numerusform>%n elementów jest takich samych w obu kopiach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): the copies hold different values. Choose which to keep (this workshop&apos;s value is kept unless you choose the other copy&apos;s).</source>
        <translation>
            <numerusform>%n konflikt: kopie zawierają różne wartości. Wybierz, którą zachować (zostaje wartość z tego warsztatu, chyba że wybierzesz wartość z drugiej kopii).</numerusform>
            <numerusform>%n konflikty: kopie zawierają różne wartości. Wybierz, które zachować (zostają wartości z tego warsztatu, chyba że wybierzesz wartości z drugiej kopii).</numerusform>
            <numerusform>%n konfliktów: kopie zawierają różne wartości. Wybierz, które zachować (zostają wartości z tego warsztatu, chyba że wybierzesz wartości z drugiej kopii).</numerusform>
        </translation>
    </message>
    <message>
        <source>Another person named %s, with another e-mail, is added as “%s”.</source>
        <translation>Inna osoba o nazwisku %s, z innym adresem e-mail, zostanie dodana jako „%s”.</translation>
    </message>
    <message>
        <source>%s is deactivated in this workshop; their answers from the other copy are merged and they stay deactivated.</source>
        <translation>Interesariusz %s jest w tym warsztacie nieaktywny; jego odpowiedzi z drugiej kopii zostaną scalone, a on pozostanie nieaktywny.</translation>
    </message>
    <message>
        <source>%s is deactivated in the other copy; they stay active here.</source>
        <translation>Interesariusz %s jest nieaktywny w drugiej kopii; tutaj pozostaje aktywny.</translation>
    </message>
    <message>
        <source>The engagement details (client, branding) of the other copy are not merged.</source>
        <translation>Dane projektu z drugiej kopii (klient, wygląd raportu) nie są scalane.</translation>
    </message>
    <message>
        <source>The roadmap of the other copy is not merged.</source>
        <translation>Mapa drogowa z drugiej kopii nie jest scalana.</translation>
    </message>
    <message>
        <source>This workshop&apos;s</source>
        <translation>Z tego warsztatu</translation>
    </message>
    <message>
        <source>Other copy&apos;s</source>
        <translation>Z drugiej kopii</translation>
    </message>
    <message>
        <source>Keep the value of</source>
        <translation>Zachowaj wartość</translation>
    </message>
    <message>
        <source>The round&apos;s kind and date</source>
        <translation>Rodzaj i data rundy</translation>
    </message>
    <message>
        <source>Session %s %s</source>
        <translation>Sesja %s %s</translation>
    </message>
    <message>
        <source>role</source>
        <translation>stanowisko</translation>
    </message>
    <message>
        <source>department</source>
        <translation>dział</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Consensus of the room</source>
        <translation>Konsensus uczestników</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Do wyjaśnienia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Treść pytania</translation>
    </message>
    <message>
        <source>Level %d</source>
        <translation>Poziom %d</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nie dotyczy</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Nie wiem</translation>
    </message>
    <message>
        <source>target %d</source>
        <translation>cel %d</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>brak poziomu</translation>
    </message>
    <message>
        <source>owner %s</source>
        <translation>odpowiada: %s</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>bez osoby odpowiedzialnej</translation>
    </message>
    <message>
        <source>due %s</source>
        <translation>termin %s</translation>
    </message>
    <message>
        <source>done</source>
        <translation>wyjaśnione</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>runda bazowa</translation>
    </message>
    <message>
        <source>re-assessment</source>
        <translation>ponowna ocena</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>This workshop is open read-only, so nothing can be merged into it: save a copy (File › Save a copy as…), open the copy and merge there</source>
        <translation>Ten warsztat jest otwarty tylko do odczytu, więc nie można niczego z nim scalić: zapisz kopię (Plik › Zapisz kopię jako…), otwórz ją i tam wykonaj scalanie</translation>
    </message>
    <message>
        <source>Merge “%s”</source>
        <translation>Scal „%s”</translation>
    </message>
    <message>
        <source>Merged “%s”; the workshop as it was is kept in “%s”</source>
        <translation>Scalono „%s”; warsztat w poprzednim stanie zachowano w „%s”</translation>
    </message>
    <message>
        <source>Nothing to change: the other copy&apos;s values were all kept as here</source>
        <translation>Nic do zmiany: wszystkie wartości pozostały takie jak w tym warsztacie</translation>
    </message>
</context>
<context>
    <name>ModelExportDialog</name>
    <message>
        <source>Export model</source>
        <translation>Eksportuj model</translation>
    </message>
    <message>
        <source>Save this workshop&apos;s questions, with their wording, as a model file other workshops can be created with. Give it its own id and version so it is never mistaken for the model it came from.</source>
        <translation>Zapisz pytania tego warsztatu, w obecnym brzmieniu, jako plik modelu, na podstawie którego można tworzyć inne warsztaty. Nadaj mu własny identyfikator i wersję, aby nigdy nie pomylić go z modelem, z którego powstał.</translation>
    </message>
    <message>
        <source>&amp;Keep the questions hidden in this workshop</source>
        <translation>&amp;Zachowaj pytania ukryte w tym warsztacie</translation>
    </message>
    <message>
        <source>&amp;Add it to my model library</source>
        <translation>&amp;Dodaj go do mojej biblioteki modeli</translation>
    </message>
    <message>
        <source>Model &amp;id:</source>
        <translation>&amp;Identyfikator modelu:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Wersja:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>The id: lowercase letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>Identyfikator: małe litery, cyfry, &apos;.&apos;, &apos;-&apos; lub &apos;_&apos;, zaczynający się od litery lub cyfry.</translation>
    </message>
    <message>
        <source>The version must not be empty.</source>
        <translation>Wersja nie może być pusta.</translation>
    </message>
</context>
<context>
    <name>MoveTableModel</name>
    <message>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Z poziomu</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Na poziom</translation>
    </message>
</context>
<context>
    <name>MovesEditor</name>
    <message>
        <source>Questions this initiative moves</source>
        <translation>Pytania, które podnosi ta inicjatywa</translation>
    </message>
    <message>
        <source>Question to move</source>
        <translation>Pytanie do podniesienia</translation>
    </message>
    <message>
        <source>From level</source>
        <translation>Z poziomu</translation>
    </message>
    <message>
        <source>To level</source>
        <translation>Na poziom</translation>
    </message>
    <message>
        <source>Set &amp;move</source>
        <translation>Ustal &amp;zmianę</translation>
    </message>
    <message>
        <source>Remo&amp;ve move</source>
        <translation>U&amp;suń zmianę</translation>
    </message>
    <message>
        <source>Questions it moves</source>
        <translation>Podnoszone pytania</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pytanie:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Z:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Na:</translation>
    </message>
    <message>
        <source>{question} (hidden)</source>
        <translation>{question} (ukryte)</translation>
    </message>
    <message>
        <source>The level to reach ({to}) must be above the starting level ({from_}). Nothing was saved.</source>
        <translation>Poziom do osiągnięcia ({to}) musi być wyższy niż poziom wyjściowy ({from_}). Nic nie zapisano.</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>Polish</source>
        <translation>Polski</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Angielski</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nowy warsztat</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klient:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>C&amp;onsultant:</source>
        <translation>K&amp;onsultant:</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Workshop language</source>
        <translation>Język warsztatu</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>Maturity model</source>
        <translation>Model dojrzałości</translation>
    </message>
</context>
<context>
    <name>ObjectiveTableModel</name>
    <message>
        <source>Objective</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jedn.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Bazowa</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>By (month)</source>
        <translation>Termin</translation>
    </message>
</context>
<context>
    <name>ObjectivesBox</name>
    <message>
        <source>Measurable objectives</source>
        <translation>Mierzalne cele</translation>
    </message>
    <message>
        <source>New objective&apos;s name</source>
        <translation>Nazwa nowego celu</translation>
    </message>
    <message>
        <source>e.g. Churn −5% by the end of 2027</source>
        <translation>np. odejścia klientów −5% do końca 2027 r.</translation>
    </message>
    <message>
        <source>Add &amp;objective</source>
        <translation>Dodaj &amp;cel</translation>
    </message>
    <message>
        <source>Remove o&amp;bjective</source>
        <translation>Usuń c&amp;el</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;KPI:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Jednostka:</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Wartość wyjściowa</translation>
    </message>
    <message>
        <source>Base&amp;line:</source>
        <translation>&amp;Wartość wyjściowa:</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Wartość &amp;docelowa:</translation>
    </message>
    <message>
        <source>Month the target is due, YYYY-MM</source>
        <translation>Miesiąc, w którym cel ma być osiągnięty, RRRR-MM</translation>
    </message>
    <message>
        <source>B&amp;y (month):</source>
        <translation>&amp;Termin (miesiąc):</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>jednostka</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>wartość wyjściowa</translation>
    </message>
    <message>
        <source>target</source>
        <translation>wartość docelowa</translation>
    </message>
    <message>
        <source>month</source>
        <translation>miesiąc</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>RRRR-MM</translation>
    </message>
    <message>
        <source>a number, e.g. 12.5</source>
        <translation>liczba, np. 12,5</translation>
    </message>
    <message>
        <source>No objective yet. Type its name above the table and press Add.</source>
        <translation>Nie ma jeszcze celów. Wpisz nazwę celu nad tabelą i naciśnij Dodaj.</translation>
    </message>
    <message>
        <source>N&amp;ew objective:</source>
        <translation>&amp;Nowy cel:</translation>
    </message>
    <message>
        <source>Type the new objective&apos;s name first. Nothing was saved.</source>
        <translation>Najpierw wpisz nazwę nowego celu. Nic nie zapisano.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Add objective “{name}”</source>
        <translation>Dodaj cel „{name}”</translation>
    </message>
    <message>
        <source>Objective added</source>
        <translation>Dodano cel</translation>
    </message>
    <message>
        <source>Change the {what} of objective “{name}”</source>
        <translation>Zmień cel „{name}” ({what})</translation>
    </message>
    <message>
        <source>Objective saved</source>
        <translation>Zapisano cel</translation>
    </message>
    <message>
        <source>Remove objective “{name}”</source>
        <translation>Usuń cel „{name}”</translation>
    </message>
    <message>
        <source>Objective removed</source>
        <translation>Usunięto cel</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Area</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <source>Completeness per area</source>
        <translation>Kompletność w obszarach</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Interesariusz</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Completeness per stakeholder</source>
        <translation>Kompletność według interesariuszy</translation>
    </message>
    <message>
        <source>Open: questions the people answering in this round have not answered yet. “Not applicable” and “don&apos;t know” count as answered.</source>
        <translation>Otwarte: pytania, na które osoby odpowiadające w tej rundzie jeszcze nie odpowiedziały. „Nie dotyczy” i „nie wiem” liczą się jako odpowiedź.</translation>
    </message>
    <message>
        <source>Com&amp;pleteness</source>
        <translation>&amp;Kompletność</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Answers with a level</source>
        <translation>Odpowiedzi z poziomem</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nie dotyczy</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Nie wiem</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Jeszcze bez odpowiedzi</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Komplet</translation>
    </message>
    <message>
        <source>%d of %d answered</source>
        <translation>odpowiedzi: %d z %d</translation>
    </message>
    <message>
        <source>Coverage: answers per department and area</source>
        <translation>Pokrycie: odpowiedzi według działów i obszarów</translation>
    </message>
    <message>
        <source>Expected and answered</source>
        <translation>Oczekiwane i udzielone</translation>
    </message>
    <message>
        <source>Expected but missing</source>
        <translation>Oczekiwane, ale brak</translation>
    </message>
    <message>
        <source>Answered though not expected</source>
        <translation>Udzielone, choć nieoczekiwane</translation>
    </message>
    <message numerus="yes">
        <source>%s: %n question(s)</source>
        <translation>
            <numerusform>%s: %n pytanie</numerusform>
            <numerusform>%s: %n pytania</numerusform>
            <numerusform>%s: %n pytań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) answering in this round</source>
        <translation>
            <numerusform>%n interesariusz odpowiada w tej rundzie</numerusform>
            <numerusform>%n interesariuszy odpowiada w tej rundzie</numerusform>
            <numerusform>%n interesariuszy odpowiada w tej rundzie</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of answers each department gave in each area; the model&apos;s hint says which departments should contribute. The number after a department is how many of its stakeholders answer in this round.</source>
        <translation>Liczba odpowiedzi każdego działu w każdym obszarze; wskazówka modelu mówi, które działy powinny się wypowiedzieć. Liczba po nazwie działu to liczba jego interesariuszy odpowiadających w tej rundzie.</translation>
    </message>
    <message>
        <source>Co&amp;verage: answers per department and area</source>
        <translation>&amp;Pokrycie: odpowiedzi według działów i obszarów</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Najniższa</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Najwyższa</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Rozrzut</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsensus</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>jeszcze nie</translation>
    </message>
    <message>
        <source>Questions with disagreement</source>
        <translation>Pytania z rozbieżnością</translation>
    </message>
    <message>
        <source>D&amp;isagreements (answers two or more levels apart)</source>
        <translation>&amp;Rozbieżności (odpowiedzi różniące się o dwa poziomy lub więcej)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Questions that need validation</source>
        <translation>Pytania do weryfikacji</translation>
    </message>
    <message>
        <source>Needs va&amp;lidation (don&apos;t know answers and follow-ups)</source>
        <translation>Do &amp;weryfikacji (odpowiedzi „nie wiem” i sprawy do wyjaśnienia)</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Wszystkie obszary</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Bez działu</translation>
    </message>
    <message>
        <source>%s is no longer active</source>
        <translation>Interesariusz %s nie jest już aktywny</translation>
    </message>
    <message>
        <source>%s does not take part in this round</source>
        <translation>Interesariusz %s nie bierze udziału w tej rundzie</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>brak</translation>
    </message>
    <message numerus="yes">
        <source>%s gave %n answer(s) in %s, as the model expects.</source>
        <translation>
            <numerusform>%s: %n odpowiedź w obszarze %s, zgodnie z oczekiwaniem modelu.</numerusform>
            <numerusform>%s: %n odpowiedzi w obszarze %s, zgodnie z oczekiwaniem modelu.</numerusform>
            <numerusform>%s: %n odpowiedzi w obszarze %s, zgodnie z oczekiwaniem modelu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%s gave %n answer(s) in %s, which the model does not expect.</source>
        <translation>
            <numerusform>%s: %n odpowiedź w obszarze %s, choć model tego nie oczekuje.</numerusform>
            <numerusform>%s: %n odpowiedzi w obszarze %s, choć model tego nie oczekuje.</numerusform>
            <numerusform>%s: %n odpowiedzi w obszarze %s, choć model tego nie oczekuje.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model expects %s to contribute to %s; no answers yet.</source>
        <translation>Model oczekuje, że dział %s wypowie się w obszarze %s; na razie brak odpowiedzi.</translation>
    </message>
    <message>
        <source>%s: not expected in %s.</source>
        <translation>%s: nieoczekiwany w obszarze %s.</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>Bez wyjaśnienia</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wyjaśnione</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>This workshop has no round yet.</source>
        <translation>Ten warsztat nie ma jeszcze żadnej rundy.</translation>
    </message>
    <message>
        <source>Round “%s”: %d of %d answers given (%s) · %d questions with disagreement · %d need validation, %d overdue</source>
        <translation>Runda „%s”: odpowiedzi %d z %d (%s) · pytania z rozbieżnością: %d · do weryfikacji: %d, po terminie: %d</translation>
    </message>
    <message>
        <source>Follow-up of %s</source>
        <translation>Wyjaśnienie pytania %s</translation>
    </message>
    <message>
        <source>Follow-up of %s saved.</source>
        <translation>Zapisano wyjaśnienie pytania %s.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Show the plan of</source>
        <translation>Pokaż plan dla</translation>
    </message>
    <message>
        <source>Plan by area and question</source>
        <translation>Plan według obszarów i pytań</translation>
    </message>
    <message>
        <source>Area / question</source>
        <translation>Obszar / pytanie</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Obecnie</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Planned steps</source>
        <translation>Zaplanowane kroki</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Termin docelowy</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>RRRR-MM</translation>
    </message>
    <message>
        <source>The month this should reach its target, YYYY-MM. Press Enter to save.</source>
        <translation>Miesiąc, w którym ma zostać osiągnięty cel, RRRR-MM. Naciśnij Enter, aby zapisać.</translation>
    </message>
    <message>
        <source>Set &amp;date</source>
        <translation>Ustal &amp;termin</translation>
    </message>
    <message>
        <source>Target &amp;date:</source>
        <translation>&amp;Termin docelowy:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Obszar:</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Wszystkie obszary</translation>
    </message>
    <message>
        <source>Choose an area or a question</source>
        <translation>Wybierz obszar lub pytanie</translation>
    </message>
    <message>
        <source>The target date of the area applies to its questions that have no date of their own.</source>
        <translation>Termin docelowy obszaru dotyczy tych jego pytań, które nie mają własnego terminu.</translation>
    </message>
    <message>
        <source>Now level {start}, target {target}.</source>
        <translation>Obecnie poziom {start}, cel {target}.</translation>
    </message>
    <message>
        <source>“{text}” is not a month. Write it as YYYY-MM, for example 2027-06. Nothing was saved.</source>
        <translation>„{text}” to nie miesiąc. Wpisz go jako RRRR-MM, np. 2027-06. Nic nie zapisano.</translation>
    </message>
    <message>
        <source>Clear the target date of {scope}</source>
        <translation>Wyczyść termin docelowy: {scope}</translation>
    </message>
    <message>
        <source>Set the target date of {scope} to {month}</source>
        <translation>Ustal termin docelowy: {scope} – {month}</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>nie zaplanowano</translation>
    </message>
    <message>
        <source>Level {level} of {question} not planned</source>
        <translation>Poziom {level} pytania {question} nie zaplanowany</translation>
    </message>
    <message>
        <source>Level {level} of {question} in {month}</source>
        <translation>Poziom {level} pytania {question} w miesiącu {month}</translation>
    </message>
    <message>
        <source>Level {level} of {question} as derived</source>
        <translation>Poziom {level} pytania {question} według inicjatyw</translation>
    </message>
    <message>
        <source>L{level} {month}</source>
        <translation>P{level} {month}</translation>
    </message>
    <message>
        <source>When each level is reached</source>
        <translation>Kiedy zostanie osiągnięty każdy poziom</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>Z inicjatyw</translation>
    </message>
    <message>
        <source>From initiatives</source>
        <translation>Z inicjatyw</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Ustalony ręcznie</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Poziom {level}</translation>
    </message>
    <message>
        <source>Month level {level} is reached</source>
        <translation>Miesiąc osiągnięcia poziomu {level}</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>z inicjatyw</translation>
    </message>
    <message>
        <source>Write a month as YYYY-MM, or “not planned”; leave empty to use the month the initiatives derive. Press Enter to save.</source>
        <translation>Wpisz miesiąc jako RRRR-MM albo „nie zaplanowano”; zostaw puste, aby użyć miesiąca wynikającego z inicjatyw. Naciśnij Enter, aby zapisać.</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>Nie zaplanowano</translation>
    </message>
    <message>
        <source>Level {level} not planned</source>
        <translation>Poziom {level} nie zaplanowany</translation>
    </message>
    <message>
        <source>Use derived</source>
        <translation>Użyj z inicjatyw</translation>
    </message>
    <message>
        <source>Level {level}: use the derived month</source>
        <translation>Poziom {level}: użyj miesiąca z inicjatyw</translation>
    </message>
    <message>
        <source>Forget the month set by hand</source>
        <translation>Zapomnij miesiąc ustalony ręcznie</translation>
    </message>
    <message>
        <source>no initiative brings it</source>
        <translation>żadna inicjatywa go nie zapewnia</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>CRM Workshop – presenter</source>
        <translation>CRM Workshop – prezentacja</translation>
    </message>
    <message>
        <source>Maturity per area</source>
        <translation>Dojrzałość w obszarach</translation>
    </message>
    <message>
        <source>%d of %d present have answered</source>
        <translation>odpowiedzieli: %d z %d obecnych</translation>
    </message>
    <message>
        <source>Waiting for one more answer</source>
        <translation>Czekamy na jeszcze jedną odpowiedź</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %n more answers</source>
        <translation>
            <numerusform>Czekamy na jeszcze %n odpowiedź</numerusform>
            <numerusform>Czekamy na jeszcze %n odpowiedzi</numerusform>
            <numerusform>Czekamy na jeszcze %n odpowiedzi</numerusform>
        </translation>
    </message>
    <message>
        <source>current %d</source>
        <translation>obecnie %d</translation>
    </message>
    <message>
        <source>target %d</source>
        <translation>cel %d</translation>
    </message>
    <message>
        <source>Agreed: %s</source>
        <translation>Uzgodniono: %s</translation>
    </message>
    <message>
        <source>%s — %s</source>
        <translation>%s — %s</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translation>nie wiem</translation>
    </message>
    <message>
        <source>Radar: current and target per area</source>
        <translation>Radar: obecnie i cel w obszarach</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Obecnie</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
</context>
<context>
    <name>PriorityMatrix</name>
    <message>
        <source>Prioritisation matrix</source>
        <translation>Macierz priorytetów</translation>
    </message>
    <message>
        <source>Mark “{title}” strategic</source>
        <translation>Oznacz „{title}” jako strategiczną</translation>
    </message>
    <message>
        <source>Unmark “{title}” as strategic</source>
        <translation>Usuń oznaczenie „{title}” jako strategicznej</translation>
    </message>
    <message>
        <source>{count} initiatives, {strategic} strategic.</source>
        <translation>Inicjatywy: {count}, w tym strategiczne: {strategic}.</translation>
    </message>
    <message>
        <source>Chosen: {number} {title}, urgency {urgency}, feasibility {feasibility}, {state}. Space toggles strategic.</source>
        <translation>Wybrano: {number} {title}, pilność {urgency}, wykonalność {feasibility}, {state}. Spacja przełącza status strategiczny.</translation>
    </message>
    <message>
        <source>strategic</source>
        <translation>strategiczna</translation>
    </message>
    <message>
        <source>not strategic</source>
        <translation>niestrategiczna</translation>
    </message>
    <message>
        <source>urgent and feasible</source>
        <translation>pilne i wykonalne</translation>
    </message>
    <message>
        <source>Urgency →</source>
        <translation>Pilność →</translation>
    </message>
    <message>
        <source>Feasibility →</source>
        <translation>Wykonalność →</translation>
    </message>
    <message>
        <source>Not placed (urgency or feasibility not set): {names}</source>
        <translation>Poza wykresem (brak pilności lub wykonalności): {names}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… i jeszcze {count}</translation>
    </message>
    <message>
        <source>{title} (dropped)</source>
        <translation>{title} (porzucona)</translation>
    </message>
</context>
<context>
    <name>ProgressExport</name>
    <message>
        <source>A progress report compares two rounds: start a follow-up round first</source>
        <translation>Raport postępów porównuje dwie rundy: najpierw rozpocznij rundę kontrolną</translation>
    </message>
    <message>
        <source>Choose two different rounds to compare.</source>
        <translation>Wybierz dwie różne rundy do porównania.</translation>
    </message>
    <message>
        <source>A progress report compares two rounds.</source>
        <translation>Raport postępów porównuje dwie rundy.</translation>
    </message>
    <message>
        <source>Writing the progress report…</source>
        <translation>Zapisywanie raportu postępów…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Export progress PDF</source>
        <translation>Eksport raportu postępów (PDF)</translation>
    </message>
    <message>
        <source>Progress report written to %s (%d pages)</source>
        <translation>Zapisano raport postępów w %s (stron: %d)</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Anulowano eksport; nic nie zapisano</translation>
    </message>
</context>
<context>
    <name>ProgressOptionsDialog</name>
    <message>
        <source>Export progress PDF</source>
        <translation>Eksport raportu postępów (PDF)</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polski</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Angielski</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Runda:</translation>
    </message>
    <message>
        <source>Compared &amp;with:</source>
        <translation>&amp;Porównaj z:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>P&amp;apier:</translation>
    </message>
    <message>
        <source>Choose two different rounds.</source>
        <translation>Wybierz dwie różne rundy.</translation>
    </message>
</context>
<context>
    <name>ProgressTexts</name>
    <message>
        <source>L%d</source>
        <translation>P%d</translation>
    </message>
    <message>
        <source>up</source>
        <translation>w górę</translation>
    </message>
    <message>
        <source>down</source>
        <translation>w dół</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nowe</translation>
    </message>
    <message>
        <source>not rated now</source>
        <translation>teraz bez oceny</translation>
    </message>
    <message>
        <source>Area / question</source>
        <translation>Obszar / pytanie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Ruch</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Planned now</source>
        <translation>Plan na teraz</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Stan</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Round</source>
        <translation>Runda</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Porównanie z</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Runda:</translation>
    </message>
    <message>
        <source>compared &amp;with:</source>
        <translation>&amp;porównaj z:</translation>
    </message>
    <message>
        <source>&amp;New follow-up round…</source>
        <translation>&amp;Nowa runda kontrolna…</translation>
    </message>
    <message>
        <source>&amp;Export progress PDF…</source>
        <translation>&amp;Eksportuj raport postępów (PDF)…</translation>
    </message>
    <message>
        <source>Only one assessment round so far. Start a follow-up round (for example each quarter) to see what changed and how the roadmap is doing.</source>
        <translation>Na razie jest tylko jedna runda oceny. Rozpocznij rundę kontrolną (np. co kwartał), aby zobaczyć, co się zmieniło i jak przebiega realizacja mapy drogowej.</translation>
    </message>
    <message>
        <source>Radar: the two rounds and the plan</source>
        <translation>Radar: obie rundy i plan</translation>
    </message>
    <message>
        <source>Changes per area and question</source>
        <translation>Zmiany w obszarach i pytaniach</translation>
    </message>
    <message>
        <source>Questions behind the plan</source>
        <translation>Pytania opóźnione względem planu</translation>
    </message>
    <message>
        <source>Choose two different rounds to compare.</source>
        <translation>Wybierz dwie różne rundy do porównania.</translation>
    </message>
    <message>
        <source>Overall maturity %s in “%s” against %s in “%s” (%s).</source>
        <translation>Dojrzałość ogólna %s w rundzie „%s” wobec %s w rundzie „%s” (%s).</translation>
    </message>
    <message>
        <source>Up a level: %d · down a level: %d.</source>
        <translation>W górę o poziom: %d · w dół o poziom: %d.</translation>
    </message>
    <message>
        <source>Behind the plan: %d.</source>
        <translation>Opóźnione względem planu: %d.</translation>
    </message>
    <message>
        <source>Answers still carried over: %d.</source>
        <translation>Odpowiedzi nadal przeniesione: %d.</translation>
    </message>
    <message>
        <source>Behind the plan</source>
        <translation>Opóźnienia względem planu</translation>
    </message>
    <message>
        <source>There is no roadmap plan to compare with.</source>
        <translation>Nie ma planu mapy drogowej do porównania.</translation>
    </message>
    <message>
        <source>Behind the plan: levels due by the end of %s not reached</source>
        <translation>Opóźnienia: nieosiągnięte poziomy zaplanowane do końca %s</translation>
    </message>
    <message>
        <source>No question has slipped.</source>
        <translation>Żadne pytanie nie jest opóźnione.</translation>
    </message>
    <message>
        <source>Not re-assessed in this round: %s.</source>
        <translation>Bez ponownej oceny w tej rundzie: %s.</translation>
    </message>
    <message>
        <source>Planned by the end of %s</source>
        <translation>Plan do końca %s</translation>
    </message>
    <message>
        <source>This workshop is open read-only.</source>
        <translation>Ten warsztat jest otwarty tylko do odczytu.</translation>
    </message>
    <message>
        <source>New follow-up round “%s”</source>
        <translation>Nowa runda kontrolna „%s”</translation>
    </message>
    <message>
        <source>Round “%s” started; Capture now records it</source>
        <translation>Rozpoczęto rundę „%s”; zakładka Ocena zapisuje teraz odpowiedzi do niej</translation>
    </message>
</context>
<context>
    <name>QuestionnaireExport</name>
    <message>
        <source>Folder for the questionnaires</source>
        <translation>Folder na ankiety</translation>
    </message>
    <message>
        <source>Writing the questionnaires…</source>
        <translation>Zapisywanie ankiet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Export questionnaires</source>
        <translation>Eksportuj ankiety</translation>
    </message>
    <message>
        <source>Export cancelled; the files written so far are kept</source>
        <translation>Anulowano eksport; pliki zapisane do tej pory pozostają</translation>
    </message>
    <message>
        <source>One questionnaire written to %1</source>
        <translation>Zapisano jedną ankietę w %1</translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaires written to %1</source>
        <translation>
            <numerusform>Zapisano %n ankietę w %1</numerusform>
            <numerusform>Zapisano %n ankiety w %1</numerusform>
            <numerusform>Zapisano %n ankiet w %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export stopped after %n of the files</source>
        <translation>
            <numerusform>Eksport przerwano po %n pliku</numerusform>
            <numerusform>Eksport przerwano po %n plikach</numerusform>
            <numerusform>Eksport przerwano po %n plikach</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnaireExportDialog</name>
    <message>
        <source>Export questionnaires</source>
        <translation>Eksportuj ankiety</translation>
    </message>
    <message>
        <source>PDF to print</source>
        <translation>PDF do wydruku</translation>
    </message>
    <message>
        <source>Excel workbook to fill in (.xlsx)</source>
        <translation>Skoroszyt Excel do wypełnienia (.xlsx)</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polski</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Angielski</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>P&amp;apier:</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Obszary</translation>
    </message>
    <message>
        <source>Every active stakeholder (%1)</source>
        <translation>Każdy aktywny interesariusz (%1)</translation>
    </message>
    <message>
        <source>Chosen stakeholders:</source>
        <translation>Wybrani interesariusze:</translation>
    </message>
    <message>
        <source>One blank questionnaire (a line for the name)</source>
        <translation>Jedna pusta ankieta (z miejscem na imię i nazwisko)</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Interesariusze</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Dla kogo</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Wybierz folder…</translation>
    </message>
</context>
<context>
    <name>QuestionnaireImport</name>
    <message>
        <source>Import questionnaire</source>
        <translation>Importuj ankietę</translation>
    </message>
    <message>
        <source>Import the questionnaire of %1</source>
        <translation>Importuj ankietę: %1</translation>
    </message>
    <message>
        <source>This workshop is read-only: nothing can be imported</source>
        <translation>Ten warsztat jest tylko do odczytu: nie można niczego zaimportować</translation>
    </message>
    <message>
        <source>One questionnaire imported into round %1</source>
        <translation>Zaimportowano jedną ankietę do rundy %1</translation>
    </message>
    <message>
        <source>(one answer new or changed)</source>
        <translation>(jedna odpowiedź nowa lub zmieniona)</translation>
    </message>
    <message>
        <source>Questionnaire not imported</source>
        <translation>Nie zaimportowano ankiety</translation>
    </message>
    <message>
        <source>the file does not exist any more</source>
        <translation>plik już nie istnieje</translation>
    </message>
    <message>
        <source>this is a folder, not a workbook</source>
        <translation>to folder, a nie skoroszyt</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>nie można odczytać pliku ({reason})</translation>
    </message>
    <message>
        <source>this is not an .xlsx workbook</source>
        <translation>to nie jest skoroszyt .xlsx</translation>
    </message>
    <message>
        <source>the workbook is damaged and cannot be read ({reason})</source>
        <translation>skoroszyt jest uszkodzony i nie można go odczytać ({reason})</translation>
    </message>
    <message>
        <source>this is not a CRM Workshop questionnaire; export one with File › Export questionnaires…</source>
        <translation>to nie jest ankieta CRM Workshop; wyeksportuj ją poleceniem Plik › Eksportuj ankiety…</translation>
    </message>
    <message>
        <source>made by a newer version of CRM Workshop; update CRM Workshop to import it</source>
        <translation>utworzona w nowszej wersji CRM Workshop; zaktualizuj CRM Workshop, aby ją zaimportować</translation>
    </message>
    <message>
        <source>the questionnaire&apos;s hidden identification was changed; export a new one</source>
        <translation>zmieniono ukryte dane identyfikujące ankietę; wyeksportuj nową</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” is missing</source>
        <translation>brak arkusza „{sheet}”</translation>
    </message>
    <message>
        <source>question {question} is missing from the sheet</source>
        <translation>w arkuszu brak pytania {question}</translation>
    </message>
    <message>
        <source>a formula; type the answer itself</source>
        <translation>formuła; wpisz samą odpowiedź</translation>
    </message>
    <message>
        <source>“{value}” is not a level 1–5, N/A or ?</source>
        <translation>„{value}” to nie poziom 1–5 ani „nie dotyczy” czy „nie wiem” (N/A, ?)</translation>
    </message>
    <message>
        <source>“{value}” is not a target level 1–5</source>
        <translation>„{value}” to nie poziom docelowy 1–5</translation>
    </message>
    <message>
        <source>question {question} has a target or comment but no current level; choose 1–5, N/A or ?</source>
        <translation>pytanie {question} ma cel lub komentarz, ale nie ma obecnego poziomu; wybierz 1–5, „nie dotyczy” lub „nie wiem”</translation>
    </message>
    <message>
        <source>the file is {size} bytes; a questionnaire is at most {limit}</source>
        <translation>plik ma {size} B; ankieta ma najwyżej {limit} B</translation>
    </message>
    <message>
        <source>the workbook unpacks to {size} bytes, more than a questionnaire can be: not a questionnaire, or a damaged one</source>
        <translation>po rozpakowaniu skoroszyt ma {size} B, więcej niż może mieć ankieta: to nie ankieta albo jest uszkodzona</translation>
    </message>
    <message>
        <source>the text is {length} characters long; at most {limit}</source>
        <translation>tekst jest za długi (znaki: {length}, dozwolone najwyżej {limit})</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>zawiera znaki sterujące</translation>
    </message>
    <message>
        <source>this questionnaire belongs to another workshop (client “{file_client}”); this workshop&apos;s client is “{here_client}”</source>
        <translation>ta ankieta należy do innego warsztatu (klient „{file_client}”); klientem tego warsztatu jest „{here_client}”</translation>
    </message>
    <message>
        <source>made with another maturity model (“{file_model}”); this workshop uses “{here_model}”</source>
        <translation>utworzona dla innego modelu dojrzałości („{file_model}”); ten warsztat używa modelu „{here_model}”</translation>
    </message>
    <message>
        <source>no answers are filled in</source>
        <translation>nie wypełniono żadnej odpowiedzi</translation>
    </message>
    <message>
        <source>the stakeholder&apos;s name is empty on the cover sheet</source>
        <translation>na stronie tytułowej brak imienia i nazwiska interesariusza</translation>
    </message>
    <message>
        <source>no stakeholder named “{name}”</source>
        <translation>brak interesariusza „{name}”</translation>
    </message>
    <message>
        <source>“{name}” is not a stakeholder of this workshop</source>
        <translation>„{name}” nie jest interesariuszem tego warsztatu</translation>
    </message>
    <message>
        <source>made with model version {found}; this workshop uses {here}</source>
        <translation>utworzona dla wersji modelu {found}; ten warsztat używa wersji {here}</translation>
    </message>
    <message>
        <source>question {question} is no longer in the workshop&apos;s model; its answer is left out</source>
        <translation>pytania {question} nie ma już w modelu warsztatu; odpowiedź zostanie pominięta</translation>
    </message>
    <message>
        <source>question {question} is hidden in this workshop; its answer is kept but not scored</source>
        <translation>pytanie {question} jest w tym warsztacie ukryte; odpowiedź zostanie zachowana, ale nie wejdzie do wyniku</translation>
    </message>
    <message>
        <source>made for “{old}”, who is now called “{new}”</source>
        <translation>przygotowana dla „{old}”, obecnie „{new}”</translation>
    </message>
    <message>
        <source>{name} is no longer active in this workshop</source>
        <translation>{name} nie jest już aktywnym interesariuszem tego warsztatu</translation>
    </message>
    <message>
        <source>round “{round}” does not exist yet</source>
        <translation>runda „{round}” jeszcze nie istnieje</translation>
    </message>
    <message>
        <source>{name} was not taking part in round “{round}”; importing the answers adds them to its participants</source>
        <translation>{name} nie uczestniczy w rundzie „{round}”; import odpowiedzi doda tę osobę do uczestników rundy</translation>
    </message>
</context>
<context>
    <name>QuestionnaireImportDialog</name>
    <message>
        <source>Import questionnaires</source>
        <translation>Importuj ankiety</translation>
    </message>
    <message>
        <source>Import into &amp;round:</source>
        <translation>Importuj do &amp;rundy:</translation>
    </message>
    <message>
        <source>Files, their answers and problems</source>
        <translation>Pliki, ich odpowiedzi i problemy</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Answers of</source>
        <translation>Odpowiedzi osoby</translation>
    </message>
    <message>
        <source>✖ %1 — one problem: nothing is imported from this file</source>
        <translation>✖ %1 — jeden problem: z tego pliku nic nie zostanie zaimportowane</translation>
    </message>
    <message numerus="yes">
        <source>✖ %1 — %n problems: nothing is imported from this file</source>
        <translation>
            <numerusform>✖ %1 — %n problem: z tego pliku nic nie zostanie zaimportowane</numerusform>
            <numerusform>✖ %1 — %n problemy: z tego pliku nic nie zostanie zaimportowane</numerusform>
            <numerusform>✖ %1 — %n problemów: z tego pliku nic nie zostanie zaimportowane</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ %1 — one answer</source>
        <translation>✔ %1 — jedna odpowiedź</translation>
    </message>
    <message numerus="yes">
        <source>✔ %1 — %n answers</source>
        <translation>
            <numerusform>✔ %1 — %n odpowiedź</numerusform>
            <numerusform>✔ %1 — %n odpowiedzi</numerusform>
            <numerusform>✔ %1 — %n odpowiedzi</numerusform>
        </translation>
    </message>
    <message>
        <source>, one question left blank</source>
        <translation>, jedno pytanie bez odpowiedzi</translation>
    </message>
    <message numerus="yes">
        <source>, %n questions left blank</source>
        <translation>
            <numerusform>, %n pytanie bez odpowiedzi</numerusform>
            <numerusform>, %n pytania bez odpowiedzi</numerusform>
            <numerusform>, %n pytań bez odpowiedzi</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose answers are in %1</source>
        <translation>Czyje odpowiedzi są w %1</translation>
    </message>
    <message>
        <source>New stakeholder “%1”</source>
        <translation>Nowy interesariusz „%1”</translation>
    </message>
    <message>
        <source>Import one file</source>
        <translation>Importuj jeden plik</translation>
    </message>
    <message numerus="yes">
        <source>Import %n files</source>
        <translation>
            <numerusform>Importuj %n plik</numerusform>
            <numerusform>Importuj %n pliki</numerusform>
            <numerusform>Importuj %n plików</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>Nic nie zostanie zapisane, dopóki nie naciśniesz Importuj.</translation>
    </message>
    <message>
        <source>One file with problems will be left out whole; fix it and import it again.</source>
        <translation>Jeden plik z problemami zostanie w całości pominięty; popraw go i zaimportuj ponownie.</translation>
    </message>
    <message numerus="yes">
        <source>%n files with problems will be left out whole; fix them and import them again.</source>
        <translation>
            <numerusform>%n plik z problemami zostanie w całości pominięty; popraw go i zaimportuj ponownie.</numerusform>
            <numerusform>%n pliki z problemami zostaną w całości pominięte; popraw je i zaimportuj ponownie.</numerusform>
            <numerusform>%n plików z problemami zostanie w całości pominiętych; popraw je i zaimportuj ponownie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Questions of this workshop</source>
        <translation>Pytania tego warsztatu</translation>
    </message>
    <message>
        <source>Question (ticked: asked)</source>
        <translation>Pytanie (zaznaczone: zadawane)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Zmiany</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Pytania:</translation>
    </message>
    <message>
        <source>E&amp;xport model…</source>
        <translation>E&amp;ksportuj model…</translation>
    </message>
    <message>
        <source>Save these questions, with this workshop&apos;s wording, as a model file</source>
        <translation>Zapisz te pytania, w brzmieniu z tego warsztatu, jako plik modelu</translation>
    </message>
    <message>
        <source>Hi&amp;dden from this workshop (not asked, not scored)</source>
        <translation>Uk&amp;ryte w tym warsztacie (nie są zadawane ani liczone)</translation>
    </message>
    <message>
        <source>Restore the &amp;original wording</source>
        <translation>Przywróć &amp;oryginalne brzmienie</translation>
    </message>
    <message>
        <source>Title in %s</source>
        <translation>Tytuł (%s)</translation>
    </message>
    <message>
        <source>Prompt in %s</source>
        <translation>Treść pytania (%s)</translation>
    </message>
    <message>
        <source>Empty: the model&apos;s title</source>
        <translation>Puste: tytuł z modelu</translation>
    </message>
    <message>
        <source>Empty: the model&apos;s prompt</source>
        <translation>Puste: treść z modelu</translation>
    </message>
    <message>
        <source>Model&apos;s title:</source>
        <translation>Tytuł w modelu:</translation>
    </message>
    <message>
        <source>Model&apos;s prompt:</source>
        <translation>Treść w modelu:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>T&amp;reść:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation>Tr&amp;eść:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tytuł:</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Treść:</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ukryte</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>przeredagowane</translation>
    </message>
    <message>
        <source>Select a question to reword or hide it.</source>
        <translation>Wybierz pytanie, aby zmienić jego brzmienie lub je ukryć.</translation>
    </message>
    <message>
        <source>{id} hidden: not asked and not scored; its answers are kept</source>
        <translation>Ukryto {id}: pytanie nie jest zadawane ani liczone; odpowiedzi zostają zachowane</translation>
    </message>
    <message>
        <source>{id} is asked again</source>
        <translation>Pytanie {id} jest znów zadawane</translation>
    </message>
    <message>
        <source>Hide question {id}</source>
        <translation>Ukryj pytanie {id}</translation>
    </message>
    <message>
        <source>Show question {id}</source>
        <translation>Pokaż pytanie {id}</translation>
    </message>
    <message>
        <source>Reword question {id}</source>
        <translation>Przeredaguj pytanie {id}</translation>
    </message>
    <message>
        <source>Wording of {id} saved; the model keeps the original</source>
        <translation>Zapisano brzmienie {id}; model zachowuje oryginał</translation>
    </message>
    <message>
        <source>Restore the wording of {id}</source>
        <translation>Przywróć brzmienie {id}</translation>
    </message>
    <message>
        <source>{id} uses the model&apos;s wording again</source>
        <translation>Pytanie {id} znów ma brzmienie z modelu</translation>
    </message>
</context>
<context>
    <name>RatingGridModel</name>
    <message>
        <source>%s now</source>
        <translation>%s obecnie</translation>
    </message>
    <message>
        <source>%s target</source>
        <translation>%s cel</translation>
    </message>
    <message>
        <source>current level</source>
        <translation>obecny poziom</translation>
    </message>
    <message>
        <source>target level</source>
        <translation>poziom docelowy</translation>
    </message>
    <message>
        <source>Disagreement: answers are two or more levels apart</source>
        <translation>Rozbieżność: odpowiedzi różnią się o dwa poziomy lub więcej</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>This workshop is read-only: its file, folder or disk cannot be written, so changes cannot be saved here. Everything in it can be read, presented and exported. To go on working, save a copy elsewhere.</source>
        <translation>Ten warsztat jest tylko do odczytu: nie można zapisywać w jego pliku, folderze lub na dysku, więc zmian nie da się tu zapisać. Wszystko można czytać, prezentować i eksportować. Aby dalej pracować, zapisz kopię w innym miejscu.</translation>
    </message>
    <message>
        <source>Save a copy &amp;elsewhere…</source>
        <translation>Zapisz kopię &amp;gdzie indziej…</translation>
    </message>
    <message>
        <source>Read-only workshop</source>
        <translation>Warsztat tylko do odczytu</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Roadmap written to %s (Word document)</source>
        <translation>Zapisano mapę drogową w %s (dokument Word)</translation>
    </message>
    <message>
        <source>Roadmap written to %s (%d pages)</source>
        <translation>Zapisano mapę drogową w %s (stron: %d)</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Polish</source>
        <translation>Polski</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Angielski</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>PDF (to hand over)</source>
        <translation>PDF (do przekazania)</translation>
    </message>
    <message>
        <source>Word (.docx, to edit)</source>
        <translation>Word (.docx, do edycji)</translation>
    </message>
    <message>
        <source>Export roadmap</source>
        <translation>Eksport mapy drogowej</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Język raportu</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Runda:</translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>Runda oceny</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>P&amp;apier:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Rozmiar papieru</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>File format of the report</source>
        <translation>Format pliku raportu</translation>
    </message>
    <message>
        <source>Show roles instead of names in the appendix</source>
        <translation>Pokaż w załączniku stanowiska zamiast nazwisk</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Workshop opened</source>
        <translation>Otwarcie warsztatu</translation>
    </message>
    <message>
        <source>While editing</source>
        <translation>Podczas edycji</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <source>Pick a backup to restore. It is written to a new file, which then opens; the workshop open now is not changed.</source>
        <translation>Wybierz kopię zapasową do przywrócenia. Zostanie zapisana w nowym pliku, który się potem otworzy; obecnie otwarty warsztat nie zmieni się.</translation>
    </message>
    <message>
        <source>There are no backups of this workshop yet. One is taken when a workshop is opened, and every few minutes while it is edited.</source>
        <translation>Ten warsztat nie ma jeszcze kopii zapasowych. Kopia powstaje przy otwarciu warsztatu i co kilka minut podczas edycji.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Kopie zapasowe, od najnowszej</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Przywróć…</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>uszkodzona</translation>
    </message>
    <message>
        <source>Cannot be restored: %s</source>
        <translation>Nie można przywrócić: %s</translation>
    </message>
    <message>
        <source>Backups are kept in %s</source>
        <translation>Kopie zapasowe są przechowywane w %s</translation>
    </message>
    <message>
        <source>The last automatic backup failed: %s</source>
        <translation>Ostatnia automatyczna kopia zapasowa nie powiodła się: %s</translation>
    </message>
    <message>
        <source>Restore backup as</source>
        <translation>Przywróć kopię zapasową jako</translation>
    </message>
</context>
<context>
    <name>RiskForm</name>
    <message>
        <source>Risk description</source>
        <translation>Opis ryzyka</translation>
    </message>
    <message>
        <source>Areas and questions affected</source>
        <translation>Obszary i pytania, których dotyczy</translation>
    </message>
    <message>
        <source>Likelihood, 1 to 5</source>
        <translation>Prawdopodobieństwo, od 1 do 5</translation>
    </message>
    <message>
        <source>Impact, 1 to 5</source>
        <translation>Wpływ, od 1 do 5</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Działania zaradcze</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <source>&amp;Affects:</source>
        <translation>&amp;Dotyczy:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Wpływ:</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation>&amp;Prawdopodobieństwo:</translation>
    </message>
    <message>
        <source>&amp;Mitigation:</source>
        <translation>Działania &amp;zaradcze:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Severity: {severity}</source>
        <translation>Waga: {severity}</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nikt)</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (nieaktywny)</translation>
    </message>
</context>
<context>
    <name>RiskModel</name>
    <message>
        <source>Risk</source>
        <translation>Ryzyko</translation>
    </message>
    <message>
        <source>Affects</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Prawdop.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wpływ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Działania zaradcze</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>severity {text}</source>
        <translation>waga {text}</translation>
    </message>
    <message>
        <source>Likelihood {likelihood} × impact {impact}</source>
        <translation>Prawdopodobieństwo {likelihood} × wpływ {impact}</translation>
    </message>
    <message>
        <source>Focus on</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Sygnał</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Ograniczone</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Zaakceptowane</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potwierdzone</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>krytyczna</translation>
    </message>
    <message>
        <source>high</source>
        <translation>wysoka</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>średnia</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niska</translation>
    </message>
</context>
<context>
    <name>RiskRegister</name>
    <message>
        <source>Risk register</source>
        <translation>Rejestr ryzyk</translation>
    </message>
    <message>
        <source>&amp;New risk</source>
        <translation>&amp;Nowe ryzyko</translation>
    </message>
    <message>
        <source>&amp;Remove risk</source>
        <translation>&amp;Usuń ryzyko</translation>
    </message>
    <message>
        <source>Mark scope as foc&amp;us area</source>
        <translation>Oznacz zakres jako miejsce wymagające &amp;uwagi</translation>
    </message>
    <message>
        <source>No risk selected. Add one with “New risk”, or from a hint.</source>
        <translation>Nie wybrano ryzyka. Dodaj je przyciskiem „Nowe ryzyko” albo z sygnału.</translation>
    </message>
    <message>
        <source>A risk needs a description.</source>
        <translation>Ryzyko musi mieć opis.</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>The mitigation</source>
        <translation>Działania zaradcze</translation>
    </message>
    <message>
        <source>It was not saved.</source>
        <translation>Nie zapisano.</translation>
    </message>
    <message>
        <source>Edit risk “{risk}”</source>
        <translation>Zmień ryzyko „{risk}”</translation>
    </message>
    <message>
        <source>Risk saved</source>
        <translation>Zapisano ryzyko</translation>
    </message>
    <message>
        <source>Risk added</source>
        <translation>Dodano ryzyko</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Nowe ryzyko</translation>
    </message>
    <message>
        <source>This hint is in the risk register</source>
        <translation>Ten sygnał jest w rejestrze ryzyk</translation>
    </message>
    <message>
        <source>Add hint “{hint}” to the risk register</source>
        <translation>Dodaj sygnał „{hint}” do rejestru ryzyk</translation>
    </message>
    <message>
        <source>Remove risk “{risk}”</source>
        <translation>Usuń ryzyko „{risk}”</translation>
    </message>
    <message>
        <source>Risk removed</source>
        <translation>Usunięto ryzyko</translation>
    </message>
</context>
<context>
    <name>RoadmapGoalsPage</name>
    <message>
        <source>Saved</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>“{text}” is not a number (write it like 1250 or 12.5). The {what} was not saved.</source>
        <translation>„{text}” to nie liczba (wpisz ją np. jako 1250 lub 12,5). Nie zapisano pola „{what}”.</translation>
    </message>
    <message>
        <source>“{text}” is not a month: write the year and the month like 2027-03. The month was not saved.</source>
        <translation>„{text}” to nie miesiąc: wpisz rok i miesiąc, np. 2027-03. Nie zapisano miesiąca.</translation>
    </message>
    <message>
        <source>A goal needs a name. It was not saved.</source>
        <translation>Cel musi mieć nazwę. Nie zapisano.</translation>
    </message>
    <message>
        <source>The {what}</source>
        <translation>Pole „{what}”</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (nieaktywny)</translation>
    </message>
</context>
<context>
    <name>RoadmapHints</name>
    <message>
        <source>initiative #{id}</source>
        <translation>inicjatywa nr {id}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>this month</source>
        <translation>w tym miesiącu</translation>
    </message>
    <message>
        <source>{question} aims at level {target} (now {start}), but no initiative plans a step towards it</source>
        <translation>{question}: cel to poziom {target} (obecnie {start}), ale żadna inicjatywa nie planuje kroku w tym kierunku</translation>
    </message>
    <message>
        <source>{question} aims at level {target} (now {start}), but the initiatives bring it only to level {planned}</source>
        <translation>{question}: cel to poziom {target} (obecnie {start}), ale inicjatywy prowadzą tylko do poziomu {planned}</translation>
    </message>
    <message>
        <source>Initiative {initiative} raises no question&apos;s level: link it to the questions it improves</source>
        <translation>Inicjatywa {initiative} nie podnosi poziomu żadnego pytania: powiąż ją z pytaniami, które poprawia</translation>
    </message>
    <message>
        <source>Initiative {initiative} ends in {ends}, after the target date of {question} ({due})</source>
        <translation>Inicjatywa {initiative} kończy się w {ends}, po terminie docelowym pytania {question} ({due})</translation>
    </message>
    <message>
        <source>{question} rises from level {start} to {level} between {first} and {last}: plan shorter, safer steps</source>
        <translation>{question}: wzrost z poziomu {start} do {level} między {first} a {last}; zaplanuj krótsze, bezpieczniejsze kroki</translation>
    </message>
    <message>
        <source>{golden} reaches level {level} in {month}, before {integration} reaches level 3 ({when})</source>
        <translation>{golden} osiąga poziom {level} w {month}, zanim {integration} osiągnie poziom 3 ({when})</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>nie zaplanowano</translation>
    </message>
    <message>
        <source>{consents} is at level {level} while the targets of {channels} rise: missing consents may hold the campaigns back</source>
        <translation>{consents} jest na poziomie {level}, a cele dla {channels} rosną: brak zgód może wstrzymać kampanie</translation>
    </message>
    <message>
        <source>{question} is at level {level}: without a strategic project list there is no real CRM strategy and projects get lost</source>
        <translation>{question} jest na poziomie {level}: bez listy projektów strategicznych nie ma prawdziwej strategii CRM, a projekty się gubią</translation>
    </message>
    <message>
        <source>{question} is at level {level}: the goals are not concrete, measurable objectives</source>
        <translation>{question} jest na poziomie {level}: cele nie są konkretne ani mierzalne</translation>
    </message>
    <message>
        <source>{technology} aims at level {target}, {difference} above {others} ({other}): technology should follow people and processes</source>
        <translation>{technology} ma cel na poziomie {target}, o {difference} wyżej niż {others} ({other}): technologia powinna iść za ludźmi i procesami</translation>
    </message>
    <message>
        <source>{question} is at level {level} while {initiatives} change {systems}: plan training and adoption</source>
        <translation>{question} jest na poziomie {level}, a {initiatives} zmieniają {systems}: zaplanuj szkolenia i wdrożenie użytkowników</translation>
    </message>
    <message>
        <source>{question} should rise from level {start} to {target} by {due}, {months}: too big a step for so short a time</source>
        <translation>{question} ma wzrosnąć z poziomu {start} do {target} do {due}, {months}: to zbyt duży krok w tak krótkim czasie</translation>
    </message>
    <message>
        <source>Target without initiative</source>
        <translation>Cel bez inicjatywy</translation>
    </message>
    <message>
        <source>Initiative without question</source>
        <translation>Inicjatywa bez pytania</translation>
    </message>
    <message>
        <source>Initiative after target date</source>
        <translation>Inicjatywa po terminie docelowym</translation>
    </message>
    <message>
        <source>Big step</source>
        <translation>Zbyt duży krok</translation>
    </message>
    <message>
        <source>Budget horizon</source>
        <translation>Horyzont budżetu</translation>
    </message>
    <message>
        <source>Golden record before integration</source>
        <translation>Złoty rekord przed integracją</translation>
    </message>
    <message>
        <source>Consents lag behind</source>
        <translation>Zgody nie nadążają</translation>
    </message>
    <message>
        <source>No strategic project list</source>
        <translation>Brak listy projektów strategicznych</translation>
    </message>
    <message>
        <source>Goals not quantified</source>
        <translation>Cele bez liczb</translation>
    </message>
    <message>
        <source>Technology ahead of people and process</source>
        <translation>Technologia przed ludźmi i procesami</translation>
    </message>
    <message>
        <source>Adoption lags behind</source>
        <translation>Adopcja nie nadąża</translation>
    </message>
    <message>
        <source>Big gap, close date</source>
        <translation>Duża luka, bliski termin</translation>
    </message>
</context>
<context>
    <name>RoadmapInitiativesPage</name>
    <message>
        <source>Initiatives</source>
        <translation>Inicjatywy</translation>
    </message>
    <message>
        <source>&amp;New initiative</source>
        <translation>&amp;Nowa inicjatywa</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplikuj</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Rename initiative “{title}”</source>
        <translation>Zmień nazwę inicjatywy „{title}”</translation>
    </message>
    <message>
        <source>Questions moved by “{title}”</source>
        <translation>Pytania podnoszone przez „{title}”</translation>
    </message>
    <message>
        <source>Strategic project “{title}”</source>
        <translation>Projekt strategiczny „{title}”</translation>
    </message>
    <message>
        <source>Status of “{title}”</source>
        <translation>Status „{title}”</translation>
    </message>
    <message>
        <source>Edit initiative “{title}”</source>
        <translation>Zmień inicjatywę „{title}”</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Nowa inicjatywa</translation>
    </message>
    <message>
        <source>Initiative added</source>
        <translation>Dodano inicjatywę</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (kopia)</translation>
    </message>
    <message>
        <source>Duplicate initiative “{title}”</source>
        <translation>Duplikuj inicjatywę „{title}”</translation>
    </message>
    <message>
        <source>Initiative duplicated</source>
        <translation>Zduplikowano inicjatywę</translation>
    </message>
    <message>
        <source>Remove initiative “{title}”</source>
        <translation>Usuń inicjatywę „{title}”</translation>
    </message>
    <message>
        <source>Initiative removed; Undo brings it back</source>
        <translation>Usunięto inicjatywę; polecenie Cofnij ją przywróci</translation>
    </message>
</context>
<context>
    <name>RoadmapRisksPage</name>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n ryzyko</numerusform>
            <numerusform>%n ryzyka</numerusform>
            <numerusform>%n ryzyk</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Zapisano</translation>
    </message>
</context>
<context>
    <name>RoadmapSummaryPage</name>
    <message>
        <source>Vision</source>
        <translation>Wizja</translation>
    </message>
    <message>
        <source>Where the client wants to be with its customers in two or three years, in a few sentences.</source>
        <translation>W kilku zdaniach: gdzie klient chce być w relacjach ze swoimi klientami za dwa, trzy lata.</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>What the board should read first: where the company stands, the biggest gaps and what the roadmap does about them.</source>
        <translation>To, co zarząd powinien przeczytać najpierw: gdzie firma jest teraz, jakie są największe luki i co mapa drogowa z nimi robi.</translation>
    </message>
    <message>
        <source>&amp;Draft from the numbers</source>
        <translation>&amp;Szkic na podstawie liczb</translation>
    </message>
    <message>
        <source>Draft the executive summary from the assessment&apos;s numbers</source>
        <translation>Przygotuj szkic podsumowania na podstawie liczb z oceny</translation>
    </message>
    <message>
        <source>&amp;Vision</source>
        <translation>&amp;Wizja</translation>
    </message>
    <message>
        <source>E&amp;xecutive summary</source>
        <translation>&amp;Podsumowanie</translation>
    </message>
    <message>
        <source>Plain text; a blank line starts a new paragraph. Saved when you leave a field, press Ctrl+Enter or pause typing; each visit to a field is one step in Edit › Undo.</source>
        <translation>Zwykły tekst; pusty wiersz zaczyna nowy akapit. Tekst zapisuje się po opuszczeniu pola, naciśnięciu Ctrl+Enter lub przerwie w pisaniu; każda wizyta w polu to jeden krok w Edycja › Cofnij.</translation>
    </message>
    <message>
        <source>Replace the executive summary?</source>
        <translation>Zastąpić podsumowanie?</translation>
    </message>
    <message>
        <source>The executive summary already has text. Replace it with a draft from the numbers? (Edit › Undo brings the current text back.)</source>
        <translation>Podsumowanie ma już treść. Zastąpić ją szkicem na podstawie liczb? (Edycja › Cofnij przywróci obecny tekst).</translation>
    </message>
    <message>
        <source>Drafts are written in {language}, the report language.</source>
        <translation>Szkice powstają w języku raportu: {language}.</translation>
    </message>
    <message>
        <source>Characters: {count}</source>
        <translation>Znaki: {count}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>There is no assessment round to draft from yet.</source>
        <translation>Nie ma jeszcze rundy oceny, na podstawie której można przygotować szkic.</translation>
    </message>
    <message>
        <source>Drafting from the numbers is not available yet.</source>
        <translation>Szkic na podstawie liczb nie jest jeszcze dostępny.</translation>
    </message>
    <message>
        <source>No draft could be made: {reason}</source>
        <translation>Nie udało się przygotować szkicu: {reason}</translation>
    </message>
    <message>
        <source>The summary is the draft already</source>
        <translation>Podsumowanie jest już tym szkicem</translation>
    </message>
    <message>
        <source>Draft the executive summary from the numbers</source>
        <translation>Szkic podsumowania na podstawie liczb</translation>
    </message>
</context>
<context>
    <name>RoadmapTimelinePage</name>
    <message>
        <source>Timeline of levels by quarter</source>
        <translation>Poziomy w czasie, według kwartałów</translation>
    </message>
    <message>
        <source>Show &amp;questions</source>
        <translation>Pokaż &amp;pytania</translation>
    </message>
    <message>
        <source>Show each question&apos;s level steps under its area</source>
        <translation>Pokaż kroki poziomów każdego pytania pod jego obszarem</translation>
    </message>
    <message>
        <source>Export &amp;timeline…</source>
        <translation>Eksportuj &amp;oś czasu…</translation>
    </message>
    <message>
        <source>L3: the area reaches level 3 in that quarter · bars: initiatives (★ strategic) · dashed badge: a month set by hand · red line: today</source>
        <translation>P3: obszar osiąga poziom 3 w tym kwartale · paski: inicjatywy (★ strategiczne) · przerywana ramka: miesiąc ustalony ręcznie · czerwona linia: dziś</translation>
    </message>
    <message>
        <source>Click an area, or press Enter on it, to show its questions</source>
        <translation>Kliknij obszar lub naciśnij na nim Enter, aby pokazać jego pytania</translation>
    </message>
    <message>
        <source>Projected at the end of</source>
        <translation>Prognoza na koniec</translation>
    </message>
    <message>
        <source>Radar of current, projected and target maturity</source>
        <translation>Radar obecnej, prognozowanej i docelowej dojrzałości</translation>
    </message>
    <message>
        <source>Export &amp;radar…</source>
        <translation>Eksportuj &amp;radar…</translation>
    </message>
    <message>
        <source>&amp;End of:</source>
        <translation>&amp;Koniec:</translation>
    </message>
    <message>
        <source>There is no assessment round to plan from yet.</source>
        <translation>Nie ma jeszcze rundy oceny, na której można oprzeć plan.</translation>
    </message>
    <message>
        <source>No initiative is planned yet: add initiatives and the levels they bring on the Initiatives page, and the plan appears here.</source>
        <translation>Nie zaplanowano jeszcze żadnej inicjatywy: dodaj inicjatywy i poziomy, które zapewniają, na stronie Inicjatywy, a plan pojawi się tutaj.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Obecnie</translation>
    </message>
    <message>
        <source>Projected, end of {quarter}</source>
        <translation>Prognoza na koniec {quarter}</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Eksportuj wykres</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Obraz PNG (*.png);;Rysunek SVG (*.svg)</translation>
    </message>
    <message>
        <source>{now} → {target}</source>
        <translation>{now} → {target}</translation>
    </message>
    <message>
        <source>{area} reaches level {level} in {month} ({quarter})</source>
        <translation>{area} osiąga poziom {level} w {month} ({quarter})</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>ustalony ręcznie</translation>
    </message>
    <message>
        <source>{question}: level {level} in {month} ({source})</source>
        <translation>{question}: poziom {level} w {month} ({source})</translation>
    </message>
    <message>
        <source>L{level}</source>
        <translation>P{level}</translation>
    </message>
    <message>
        <source>L{level} {quarter}</source>
        <translation>P{level} {quarter}</translation>
    </message>
    <message>
        <source>Target: {target}</source>
        <translation>Cel: {target}</translation>
    </message>
    <message>
        <source>Now {now}, target {target}</source>
        <translation>Obecnie {now}, cel {target}</translation>
    </message>
    <message>
        <source>Strategic project</source>
        <translation>Projekt strategiczny</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>{question}: level {start} → {end}</source>
        <translation>{question}: poziom {start} → {end}</translation>
    </message>
</context>
<context>
    <name>RoadmapView</name>
    <message>
        <source>Roadmap pages</source>
        <translation>Strony mapy drogowej</translation>
    </message>
    <message>
        <source>Vision &amp;&amp; summary</source>
        <translation>Wizja i podsumowanie</translation>
    </message>
    <message>
        <source>Objectives &amp;&amp; cascade</source>
        <translation>Cele i kaskada</translation>
    </message>
    <message>
        <source>Initiatives &amp;&amp; priorities</source>
        <translation>Inicjatywy i priorytety</translation>
    </message>
    <message>
        <source>When levels are reached</source>
        <translation>Kiedy osiągniemy poziomy</translation>
    </message>
    <message>
        <source>Risks &amp;&amp; focus areas</source>
        <translation>Ryzyka i miejsca wymagające uwagi</translation>
    </message>
</context>
<context>
    <name>RoundSelector</name>
    <message>
        <source>Round being captured</source>
        <translation>Runda, do której zapisywane są odpowiedzi</translation>
    </message>
    <message>
        <source>Capture round “%s”</source>
        <translation>Zapisuj odpowiedzi do rundy „%s”</translation>
    </message>
</context>
<context>
    <name>SaveCopy</name>
    <message>
        <source>Your last change was not saved; the workshop shows what is in the file. To go on working, choose “Save a copy elsewhere…”: the copy is written on another disk or in another folder and opens in place of this workshop, which stays as it is.</source>
        <translation>Ostatnia zmiana nie została zapisana; warsztat pokazuje to, co jest w pliku. Aby dalej pracować, wybierz „Zapisz kopię gdzie indziej…”: kopia zostanie zapisana na innym dysku lub w innym folderze i otworzy się w miejsce tego warsztatu, który pozostanie bez zmian.</translation>
    </message>
    <message>
        <source>Save a copy elsewhere</source>
        <translation>Zapisz kopię gdzie indziej</translation>
    </message>
</context>
<context>
    <name>SessionEvidence</name>
    <message>
        <source>Files of this session</source>
        <translation>Pliki tej sesji</translation>
    </message>
    <message>
        <source>Files attached to this session</source>
        <translation>Pliki dołączone do tej sesji</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Workshop sessions</source>
        <translation>Sesje warsztatowe</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nowa sesja</translation>
    </message>
    <message>
        <source>&amp;Workshop sessions:</source>
        <translation>&amp;Sesje warsztatowe:</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Data sesji</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Temat sesji</translation>
    </message>
    <message>
        <source>Areas covered</source>
        <translation>Omawiane obszary</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>A&amp;reas covered:</source>
        <translation>&amp;Omawiane obszary:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Uczestnicy:</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>&amp;Agenda:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otatki:</translation>
    </message>
    <message>
        <source>No sessions yet. Add one with “New session”.</source>
        <translation>Nie ma jeszcze sesji. Dodaj ją przyciskiem „Nowa sesja”.</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (nieaktywny)</translation>
    </message>
    <message>
        <source>A session needs a title. It was not saved.</source>
        <translation>Sesja musi mieć temat. Nie zapisano.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>The agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Date of “{title}”</source>
        <translation>Data sesji „{title}”</translation>
    </message>
    <message>
        <source>Title of “{title}”</source>
        <translation>Temat sesji „{title}”</translation>
    </message>
    <message>
        <source>Areas of “{title}”</source>
        <translation>Obszary sesji „{title}”</translation>
    </message>
    <message>
        <source>Attendees of “{title}”</source>
        <translation>Uczestnicy sesji „{title}”</translation>
    </message>
    <message>
        <source>Agenda of “{title}”</source>
        <translation>Agenda sesji „{title}”</translation>
    </message>
    <message>
        <source>Notes of “{title}”</source>
        <translation>Notatki z sesji „{title}”</translation>
    </message>
    <message>
        <source>Edit session “{title}”</source>
        <translation>Zmień sesję „{title}”</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nowa sesja</translation>
    </message>
    <message>
        <source>Session added</source>
        <translation>Dodano sesję</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Saved</source>
        <translation>Zapisano</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>Import stakeholders</source>
        <translation>Importuj interesariuszy</translation>
    </message>
    <message>
        <source>Import one stakeholder</source>
        <translation>Importuj jednego interesariusza</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polski</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Angielski</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nie ustalono</translation>
    </message>
    <message>
        <source>{what} is {length} characters long; at most {limit} are allowed. It was not saved.</source>
        <translation>{what} – liczba znaków: {length}, dozwolone najwyżej: {limit}. Nie zapisano.</translation>
    </message>
    <message>
        <source>This workshop is open read-only: the set-up can be read but not changed. Use File › Save a copy as… to work on a copy.</source>
        <translation>Ten warsztat jest otwarty tylko do odczytu: konfigurację można czytać, ale nie zmieniać. Użyj polecenia Plik › Zapisz kopię jako…, aby pracować na kopii.</translation>
    </message>
    <message>
        <source>&amp;1 Engagement</source>
        <translation>&amp;1 Projekt</translation>
    </message>
    <message>
        <source>&amp;2 Stakeholders</source>
        <translation>&amp;2 Interesariusze</translation>
    </message>
    <message>
        <source>&amp;3 Sessions</source>
        <translation>&amp;3 Sesje</translation>
    </message>
    <message>
        <source>&amp;4 Questions</source>
        <translation>&amp;4 Pytania</translation>
    </message>
</context>
<context>
    <name>StakeholderImport</name>
    <message>
        <source>the file does not exist</source>
        <translation>plik nie istnieje</translation>
    </message>
    <message>
        <source>this is a folder, not a CSV file</source>
        <translation>to folder, a nie plik CSV</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>nie można odczytać pliku ({reason})</translation>
    </message>
    <message>
        <source>the file is {size} bytes; at most {limit} are accepted</source>
        <translation>rozmiar pliku: {size} B; dozwolone najwyżej {limit} B</translation>
    </message>
    <message>
        <source>this is not UTF-8 text; save the file as “CSV UTF-8”</source>
        <translation>to nie jest tekst UTF-8; zapisz plik jako „CSV UTF-8”</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <source>the header has no “{column}” column</source>
        <translation>w nagłówku brak kolumny „{column}”</translation>
    </message>
    <message>
        <source>unknown column “{column}”; the columns are: {known}</source>
        <translation>nieznana kolumna „{column}”; dostępne kolumny: {known}</translation>
    </message>
    <message>
        <source>the column “{column}” appears twice</source>
        <translation>kolumna „{column}” występuje dwa razy</translation>
    </message>
    <message>
        <source>not valid CSV ({reason})</source>
        <translation>niepoprawny plik CSV ({reason})</translation>
    </message>
    <message>
        <source>this row has more fields than the header</source>
        <translation>ten wiersz ma więcej pól niż nagłówek</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>zawiera znak NUL</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>brak imienia i nazwiska</translation>
    </message>
    <message>
        <source>{column} is {length} characters long; at most {limit}</source>
        <translation>{column}: za dużo znaków ({length}, dozwolone najwyżej {limit})</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address</source>
        <translation>„{value}” to nie adres e-mail</translation>
    </message>
    <message>
        <source>“{name}” appears again (first on line {first})</source>
        <translation>„{name}” występuje ponownie (pierwszy raz w wierszu {first})</translation>
    </message>
    <message>
        <source>the file has no stakeholders to import</source>
        <translation>w pliku nie ma interesariuszy do zaimportowania</translation>
    </message>
    <message>
        <source>Line {line}: {text}</source>
        <translation>Wiersz {line}: {text}</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktywny</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>nieaktywny</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>New stakeholder&apos;s name</source>
        <translation>Imię i nazwisko nowego interesariusza</translation>
    </message>
    <message>
        <source>New stakeholder&apos;s role</source>
        <translation>Stanowisko nowego interesariusza</translation>
    </message>
    <message>
        <source>New stakeholder&apos;s department</source>
        <translation>Dział nowego interesariusza</translation>
    </message>
    <message>
        <source>New stakeholder&apos;s e-mail</source>
        <translation>E-mail nowego interesariusza</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Stanowisko:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>D&amp;ział:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Interesariusze</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>Dez&amp;aktywuj</translation>
    </message>
    <message>
        <source>Im&amp;port from CSV…</source>
        <translation>Im&amp;portuj z CSV…</translation>
    </message>
    <message>
        <source>Double-click a cell or press F2 to edit it. Nobody is deleted: people who leave the workshop are deactivated and keep their answers. CSV columns: name, role, department, email (comma or semicolon, UTF-8).</source>
        <translation>Kliknij dwukrotnie komórkę lub naciśnij F2, aby ją edytować. Nikt nie jest usuwany: osoby, które odchodzą z warsztatu, są dezaktywowane i zachowują swoje odpowiedzi. Kolumny CSV: name, role, department, email (przecinek lub średnik, UTF-8).</translation>
    </message>
    <message>
        <source>Import stakeholders</source>
        <translation>Importuj interesariuszy</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Pliki CSV (*.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>{active} active, {inactive} inactive</source>
        <translation>aktywni: {active}, nieaktywni: {inactive}</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>&amp;Aktywuj ponownie</translation>
    </message>
    <message>
        <source>A stakeholder needs a name. Nothing was saved.</source>
        <translation>Interesariusz musi mieć imię i nazwisko. Nic nie zapisano.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>The department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address (like name@example.com). Nothing was saved.</source>
        <translation>„{email}” to nie adres e-mail (np. imie@example.com). Nic nie zapisano.</translation>
    </message>
    <message>
        <source>There is already a stakeholder called “{name}”. Names must be unique; add a department or an initial to tell them apart.</source>
        <translation>Jest już interesariusz „{name}”. Nazwy muszą być niepowtarzalne; dodaj dział lub inicjał, aby ich odróżnić.</translation>
    </message>
    <message>
        <source>{name} is active again</source>
        <translation>{name}: ponownie aktywny</translation>
    </message>
    <message>
        <source>{name} is inactive; their answers are kept</source>
        <translation>{name}: nieaktywny; odpowiedzi zostają zachowane</translation>
    </message>
    <message>
        <source>Reactivate {name}</source>
        <translation>Aktywuj ponownie: {name}</translation>
    </message>
    <message>
        <source>Deactivate {name}</source>
        <translation>Dezaktywuj: {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Zmień: {name}</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Dodaj: {name}</translation>
    </message>
    <message>
        <source>{name} added</source>
        <translation>Dodano: {name}</translation>
    </message>
    <message>
        <source>Imported from CSV: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Zaimportowano z CSV: dodano {added}, zaktualizowano {updated}, bez zmian {unchanged}</translation>
    </message>
    <message>
        <source>Nothing was imported from “{file}”. Correct these lines and import the file again:</source>
        <translation>Z pliku „{file}” nic nie zaimportowano. Popraw te wiersze i zaimportuj plik ponownie:</translation>
    </message>
    <message numerus="yes">
        <source>The CSV file was not imported: %n problem(s).</source>
        <translation>
            <numerusform>Nie zaimportowano pliku CSV: %n problem.</numerusform>
            <numerusform>Nie zaimportowano pliku CSV: %n problemy.</numerusform>
            <numerusform>Nie zaimportowano pliku CSV: %n problemów.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>CRM Workshop</source>
        <translation>CRM Workshop</translation>
    </message>
    <message>
        <source>Run CRM Maturity Model workshops and turn them into a roadmap.</source>
        <translation>Prowadź warsztaty Modelu Dojrzałości CRM i zamieniaj ich wyniki w mapę drogową.</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nowy warsztat…</translation>
    </message>
    <message>
        <source>&amp;Open workshop…</source>
        <translation>&amp;Otwórz warsztat…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Otwórz warsztat &amp;demonstracyjny</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Ostatnie warsztaty</translation>
    </message>
    <message>
        <source>&amp;Recent workshops:</source>
        <translation>Os&amp;tatnie warsztaty:</translation>
    </message>
    <message>
        <source>None yet: the workshops you create or open are listed here, ready to open again.</source>
        <translation>Na razie brak: tutaj pojawią się utworzone lub otwarte warsztaty, gotowe do ponownego otwarcia.</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(brak pliku)</translation>
    </message>
</context>
<context>
    <name>SyncWarningBar</name>
    <message>
        <source>Notice about this workshop&apos;s file</source>
        <translation>Informacja o pliku tego warsztatu</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>This workshop is in a folder synced by %s. Close it here before opening it on another computer; CRM Workshop keeps a lock file so two computers never write at once.</source>
        <translation>Ten warsztat jest w folderze synchronizowanym przez %s. Zamknij go tutaj, zanim otworzysz go na innym komputerze; CRM Workshop tworzy plik blokady, aby dwa komputery nigdy nie zapisywały jednocześnie.</translation>
    </message>
    <message>
        <source>Opened read-only: %s is editing this workshop on %s since %s. You see the file as it was last synced to this computer.</source>
        <translation>Otwarto tylko do odczytu: %s edytuje ten warsztat na komputerze %s od %s. Widzisz plik w stanie z ostatniej synchronizacji z tym komputerem.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>ktoś</translation>
    </message>
    <message>
        <source>The previous session with this workshop on this computer ended without closing it (a crash or a power cut); everything it saved is in the file.</source>
        <translation>Poprzednia praca z tym warsztatem na tym komputerze zakończyła się bez jego zamknięcia (awaria lub brak zasilania); wszystko, co zostało zapisane, jest w pliku.</translation>
    </message>
    <message>
        <source>You took this workshop over from %s on %s. If it is still open there, close it there without making more changes.</source>
        <translation>Przejęto ten warsztat od %s na komputerze %s. Jeśli jest tam nadal otwarty, zamknij go tam bez wprowadzania dalszych zmian.</translation>
    </message>
    <message>
        <source>No lock file could be written beside this workshop (%s): another computer would not see that it is open here.</source>
        <translation>Nie udało się zapisać pliku blokady obok tego warsztatu (%s): inny komputer nie zobaczy, że jest on tu otwarty.</translation>
    </message>
    <message>
        <source> and %d more</source>
        <translation> i jeszcze %d</translation>
    </message>
    <message>
        <source>A conflicting copy exists: %s. A sync program made it when the workshop was changed on two computers at once; open it read-only to see which answers it holds before you delete it.</source>
        <translation>Istnieje kopia konfliktowa: %s. Program synchronizujący utworzył ją, gdy warsztat zmieniono jednocześnie na dwóch komputerach; otwórz ją tylko do odczytu i sprawdź, jakie zawiera odpowiedzi, zanim ją usuniesz.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message numerus="yes">
        <source>Import %n stakeholders</source>
        <translation>
            <numerusform>Importuj %n interesariusza</numerusform>
            <numerusform>Importuj %n interesariuszy</numerusform>
            <numerusform>Importuj %n interesariuszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %n month(s)</source>
        <translation>
            <numerusform>w ciągu %n miesiąca</numerusform>
            <numerusform>w ciągu %n miesięcy</numerusform>
            <numerusform>w ciągu %n miesięcy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{budget} is at level {level} while %n other question(s) aim at level 4 or higher (up to {target}): the budget horizon may be shorter than the roadmap</source>
        <translation>
            <numerusform>{budget} jest na poziomie {level}, a %n inne pytanie ma cel na poziomie 4 lub wyższym (do {target}): horyzont budżetu może być krótszy niż mapa drogowa</numerusform>
            <numerusform>{budget} jest na poziomie {level}, a %n inne pytania mają cel na poziomie 4 lub wyższym (do {target}): horyzont budżetu może być krótszy niż mapa drogowa</numerusform>
            <numerusform>{budget} jest na poziomie {level}, a %n innych pytań ma cel na poziomie 4 lub wyższym (do {target}): horyzont budżetu może być krótszy niż mapa drogowa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n questionnaires</source>
        <translation>
            <numerusform>Importuj %n ankietę</numerusform>
            <numerusform>Importuj %n ankiety</numerusform>
            <numerusform>Importuj %n ankiet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaires imported into round %1</source>
        <translation>
            <numerusform>Zaimportowano %n ankietę do rundy %1</numerusform>
            <numerusform>Zaimportowano %n ankiety do rundy %1</numerusform>
            <numerusform>Zaimportowano %n ankiet do rundy %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n answers new or changed)</source>
        <translation>
            <numerusform>(%n odpowiedź nowa lub zmieniona)</numerusform>
            <numerusform>(%n odpowiedzi nowe lub zmienione)</numerusform>
            <numerusform>(%n odpowiedzi nowych lub zmienionych)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text is too long: at most %n character(s).</source>
        <translation>
            <numerusform>Tekst jest za długi: dozwolony najwyżej %n znak.</numerusform>
            <numerusform>Tekst jest za długi: dozwolone najwyżej %n znaki.</numerusform>
            <numerusform>Tekst jest za długi: dozwolonych najwyżej %n znaków.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(check: %n finding(s), as in the original)</source>
        <translation>
            <numerusform>(kontrola: %n uwaga, jak w oryginale)</numerusform>
            <numerusform>(kontrola: %n uwagi, jak w oryginale)</numerusform>
            <numerusform>(kontrola: %n uwag, jak w oryginale)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Follow &amp;system</source>
        <translation>Jak w &amp;systemie</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Jasny</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Ciemny</translation>
    </message>
    <message>
        <source>&amp;Projector (high contrast)</source>
        <translation>&amp;Projektor (wysoki kontrast)</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>now</source>
        <translation>teraz</translation>
    </message>
    <message>
        <source>L{level}</source>
        <translation>P{level}</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>Exported to %s: %d rows in %d tables</source>
        <translation>Wyeksportowano do %s (wiersze: %d, tabele: %d)</translation>
    </message>
    <message>
        <source>Writing the workshop to %s…</source>
        <translation>Zapisywanie warsztatu do %s…</translation>
    </message>
    <message>
        <source>Create the workshop from the JSON document</source>
        <translation>Utwórz warsztat z dokumentu JSON</translation>
    </message>
    <message>
        <source>Imported %s into the new workshop %s</source>
        <translation>Zaimportowano %s do nowego warsztatu %s</translation>
    </message>
    <message>
        <source>Building the workshop %s from %s…</source>
        <translation>Tworzenie warsztatu %s z %s…</translation>
    </message>
    <message>
        <source>Model %s %s written to %s</source>
        <translation>Model %s %s zapisano w %s</translation>
    </message>
    <message>
        <source>and added to your model library</source>
        <translation>i dodano do biblioteki modeli</translation>
    </message>
    <message>
        <source>Model %s %s added to your library; File › New workshop offers it</source>
        <translation>Model %s %s dodano do biblioteki; oferuje go polecenie Plik › Nowy warsztat</translation>
    </message>
    <message>
        <source>Your model library already has %s %s. Replace it with “%s”? Workshops already created keep the model they were created with.</source>
        <translation>Biblioteka modeli ma już model %s %s. Zastąpić go plikiem „%s”? Utworzone już warsztaty zachowają model, z którym powstały.</translation>
    </message>
    <message>
        <source>Another export is still being written: try again when it is done</source>
        <translation>Trwa jeszcze zapisywanie innego eksportu: spróbuj ponownie, gdy się zakończy</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Proszę czekać</translation>
    </message>
    <message>
        <source>…and %d more</source>
        <translation>…i jeszcze %d</translation>
    </message>
    <message>
        <source>Newer JSON document</source>
        <translation>Nowszy dokument JSON</translation>
    </message>
    <message>
        <source>“%s” was written by a newer version of CRM Workshop (%s %d; this version reads up to %d). Update CRM Workshop to import it. Nothing was written.</source>
        <translation>Plik „%s” zapisała nowsza wersja CRM Workshop (%s %d; ta wersja odczytuje najwyżej %d). Zaktualizuj CRM Workshop, aby go zaimportować. Nic nie zapisano.</translation>
    </message>
    <message>
        <source>JSON document refused</source>
        <translation>Odrzucono dokument JSON</translation>
    </message>
    <message>
        <source>“%s” cannot be imported, so nothing was written:
%s</source>
        <translation>Nie można zaimportować pliku „%s”, więc nic nie zapisano:
%s</translation>
    </message>
    <message>
        <source>Model not exported</source>
        <translation>Nie wyeksportowano modelu</translation>
    </message>
    <message>
        <source>The workshop&apos;s model would not be a valid model file, so nothing was written. Shorten or correct these (Set-up › Questions):
%s</source>
        <translation>Model warsztatu nie byłby poprawnym plikiem modelu, więc nic nie zapisano. Skróć lub popraw (Konfiguracja › Pytania):
%s</translation>
    </message>
    <message>
        <source>Every question of this workshop is hidden. Show at least one question, or keep the hidden questions in the exported model.</source>
        <translation>Wszystkie pytania tego warsztatu są ukryte. Pokaż co najmniej jedno pytanie albo zachowaj ukryte pytania w eksportowanym modelu.</translation>
    </message>
    <message>
        <source>Model not added</source>
        <translation>Nie dodano modelu</translation>
    </message>
    <message>
        <source>The model %s %s ships with CRM Workshop. Give yours another id or version; nothing was copied.</source>
        <translation>Model %s %s jest dostarczany z CRM Workshop. Nadaj swojemu inny identyfikator lub wersję; nic nie skopiowano.</translation>
    </message>
    <message>
        <source>“%s” is not a valid model file; nothing was copied. Its problems:
%s</source>
        <translation>„%s” nie jest poprawnym plikiem modelu; nic nie skopiowano. Problemy:
%s</translation>
    </message>
    <message>
        <source>Could not write the file</source>
        <translation>Nie udało się zapisać pliku</translation>
    </message>
    <message>
        <source>“%s” could not be written (%s). The workshop was not changed.</source>
        <translation>Nie udało się zapisać pliku „%s” (%s). Warsztat nie zmienił się.</translation>
    </message>
</context>
<context>
    <name>WorkshopDocument</name>
    <message>
        <source>Baseline</source>
        <translation>Runda bazowa</translation>
    </message>
</context>
<context>
    <name>answers</name>
    <message>
        <source>N/A</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nic nie zapisano.</translation>
    </message>
    <message>
        <source>“%s” is not a date; write it as YYYY-MM-DD, e.g. 2027-01-21.</source>
        <translation>„%s” to nie data; wpisz ją jako RRRR-MM-DD, np. 2027-01-21.</translation>
    </message>
    <message>
        <source>A round needs a name.</source>
        <translation>Runda musi mieć nazwę.</translation>
    </message>
    <message>
        <source>Name the KPI you measured.</source>
        <translation>Podaj nazwę zmierzonego KPI.</translation>
    </message>
    <message>
        <source>There is already a round called “%s”; choose another name.</source>
        <translation>Runda „%s” już istnieje; wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>Tick at least one person who takes part in the round.</source>
        <translation>Zaznacz co najmniej jedną osobę, która bierze udział w rundzie.</translation>
    </message>
    <message>
        <source>A chosen person is no longer a stakeholder of this workshop.</source>
        <translation>Wybrana osoba nie jest już interesariuszem tego warsztatu.</translation>
    </message>
    <message>
        <source>The initiative no longer exists.</source>
        <translation>Ta inicjatywa już nie istnieje.</translation>
    </message>
    <message>
        <source>The value and the target must be numbers, like 74 or 74,5.</source>
        <translation>Wartość i cel muszą być liczbami, np. 74 lub 74,5.</translation>
    </message>
    <message>
        <source>The entry could not be used.</source>
        <translation>Nie można użyć tego wpisu.</translation>
    </message>
</context>
</TS>
