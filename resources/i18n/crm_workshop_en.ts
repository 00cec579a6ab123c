<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CarriedBar</name>
    <message numerus="yes">
        <source>%n answer(s) and the consensus carried over from “%1”: confirm them as they are, or give new answers.</source>
        <translation>
            <numerusform>%n answer and the consensus carried over from “%1”: confirm them as they are, or give new answers.</numerusform>
            <numerusform>%n answers and the consensus carried over from “%1”: confirm them as they are, or give new answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) carried over from “%1”: confirm them as they are, or give new answers.</source>
        <translation>
            <numerusform>%n answer carried over from “%1”: confirm it as it is, or give a new answer.</numerusform>
            <numerusform>%n answers carried over from “%1”: confirm them as they are, or give new answers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CascadeBox</name>
    <message numerus="yes">
        <source>Remove board goal “{name}” and its %n director&apos;s copies</source>
        <translation>
            <numerusform>Remove board goal “{name}” and its %n director&apos;s copy</numerusform>
            <numerusform>Remove board goal “{name}” and its %n director&apos;s copies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message numerus="yes">
        <source>Copied %n cell(s).</source>
        <translation>
            <numerusform>Copied %n cell.</numerusform>
            <numerusform>Copied %n cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s).</source>
        <translation>
            <numerusform>Pasted %n cell.</numerusform>
            <numerusform>Pasted %n cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n answer(s)</source>
        <translation>
            <numerusform>Clear %n answer</numerusform>
            <numerusform>Clear %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n answer(s)</source>
        <translation>
            <numerusform>Paste %n answer</numerusform>
            <numerusform>Paste %n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>%n new stakeholder(s)</source>
        <translation>
            <numerusform>%n new stakeholder</numerusform>
            <numerusform>%n new stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) completed (role, department, e-mail)</source>
        <translation>
            <numerusform>%n stakeholder completed (role, department, e-mail)</numerusform>
            <numerusform>%n stakeholders completed (role, department, e-mail)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new round(s)</source>
        <translation>
            <numerusform>%n new round</numerusform>
            <numerusform>%n new rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) with more participants</source>
        <translation>
            <numerusform>%n round with more participants</numerusform>
            <numerusform>%n rounds with more participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n new session</numerusform>
            <numerusform>%n new sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) completed (attendees, areas, agenda, notes)</source>
        <translation>
            <numerusform>%n session completed (attendees, areas, agenda, notes)</numerusform>
            <numerusform>%n sessions completed (attendees, areas, agenda, notes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n evidence file</numerusform>
            <numerusform>%n evidence files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) hidden or reworded</source>
        <translation>
            <numerusform>%n question hidden or reworded</numerusform>
            <numerusform>%n questions hidden or reworded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consensus value(s)</source>
        <translation>
            <numerusform>%n consensus value</numerusform>
            <numerusform>%n consensus values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) is/are the same in both copies.</source>
        <translation>
            <numerusform>%n item is the same in both copies.</numerusform>
            <numerusform>%n items are the same in both copies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): the copies hold different values. Choose which to keep (this workshop&apos;s value is kept unless you choose the other copy&apos;s).</source>
        <translation>
            <numerusform>%n conflict: the copies hold different values. Choose which to keep (this workshop&apos;s value is kept unless you choose the other copy&apos;s).</numerusform>
            <numerusform>%n conflicts: the copies hold different values. Choose which to keep (this workshop&apos;s value is kept unless you choose the other copy&apos;s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message numerus="yes">
        <source>%s: %n question(s)</source>
        <translation>
            <numerusform>%s: %n question</numerusform>
            <numerusform>%s: %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) answering in this round</source>
        <translation>
            <numerusform>%n stakeholder answering in this round</numerusform>
            <numerusform>%n stakeholders answering in this round</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%s gave %n answer(s) in %s, as the model expects.</source>
        <translation>
            <numerusform>%s gave %n answer in %s, as the model expects.</numerusform>
            <numerusform>%s gave %n answers in %s, as the model expects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%s gave %n answer(s) in %s, which the model does not expect.</source>
        <translation>
            <numerusform>%s gave %n answer in %s, which the model does not expect.</numerusform>
            <numerusform>%s gave %n answers in %s, which the model does not expect.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message numerus="yes">
        <source>Waiting for %n more answers</source>
        <translation>
            <numerusform>Waiting for %n more answer</numerusform>
            <numerusform>Waiting for %n more answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnaireExport</name>
    <message numerus="yes">
        <source>%n questionnaires written to %1</source>
        <translation>
            <numerusform>%n questionnaire written to %1</numerusform>
            <numerusform>%n questionnaires written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export stopped after %n of the files</source>
        <translation>
            <numerusform>Export stopped after %n of the files</numerusform>
            <numerusform>Export stopped after %n of the files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnaireImportDialog</name>
    <message numerus="yes">
        <source>✖ %1 — %n problems: nothing is imported from this file</source>
        <translation>
            <numerusform>✖ %1 — %n problem: nothing is imported from this file</numerusform>
            <numerusform>✖ %1 — %n problems: nothing is imported from this file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ %1 — %n answers</source>
        <translation>
            <numerusform>✔ %1 — %n answer</numerusform>
            <numerusform>✔ %1 — %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n questions left blank</source>
        <translation>
            <numerusform>, %n question left blank</numerusform>
            <numerusform>, %n questions left blank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n files</source>
        <translation>
            <numerusform>Import %n file</numerusform>
            <numerusform>Import %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files with problems will be left out whole; fix them and import them again.</source>
        <translation>
            <numerusform>%n file with problems will be left out whole; fix it and import it again.</numerusform>
            <numerusform>%n files with problems will be left out whole; fix them and import them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoadmapRisksPage</name>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risk</numerusform>
            <numerusform>%n risks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message numerus="yes">
        <source>The CSV file was not imported: %n problem(s).</source>
        <translation>
            <numerusform>The CSV file was not imported: %n problem.</numerusform>
            <numerusform>The CSV file was not imported: %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message numerus="yes">
        <source>Import %n stakeholders</source>
        <translation>
            <numerusform>Import %n stakeholder</numerusform>
            <numerusform>Import %n stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %n month(s)</source>
        <translation>
            <numerusform>within %n month</numerusform>
            <numerusform>within %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{budget} is at level {level} while %n other question(s) aim at level 4 or higher (up to {target}): the budget horizon may be shorter than the roadmap</source>
        <translation>
            <numerusform>{budget} is at level {level} while %n other question aims at level 4 or higher (up to {target}): the budget horizon may be shorter than the roadmap</numerusform>
            <numerusform>{budget} is at level {level} while %n other questions aim at level 4 or higher (up to {target}): the budget horizon may be shorter than the roadmap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n questionnaires</source>
        <translation>
            <numerusform>Import %n questionnaire</numerusform>
            <numerusform>Import %n questionnaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaires imported into round %1</source>
        <translation>
            <numerusform>%n questionnaire imported into round %1</numerusform>
            <numerusform>%n questionnaires imported into round %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n answers new or changed)</source>
        <translation>
            <numerusform>(%n answer new or changed)</numerusform>
            <numerusform>(%n answers new or changed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text is too long: at most %n character(s).</source>
        <translation>
            <numerusform>The text is too long: at most %n character.</numerusform>
            <numerusform>The text is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(check: %n finding(s), as in the original)</source>
        <translation>
            <numerusform>(check: %n finding, as in the original)</numerusform>
            <numerusform>(check: %n findings, as in the original)</numerusform>
        </translation>
    </message>
</context>
</TS>
