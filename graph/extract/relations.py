"""Relationship rules: one small function per kind, each reading one sentence.

A rule fires on a trigger (a signing verb near an agreement noun, "met", "with funding
from", "took part in the … Conference" …) and takes its parties from the sentence's
resolved organisation mentions and from the posts of the people it names. Co-mention
alone is never a relationship. Rules are data-driven: the trigger patterns below are the
vocabulary of news on partnerships, not sentences of particular articles.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from graph.dates import MONTHS, WEEKDAYS, DateMention
from graph.extract.cues import add_cues, sentence_cues
from graph.extract.lexicon import ROLE_RE, event_heads_pattern
from graph.extract.organisations import (
    Mention,
    PlaceMention,
    country_code,
    gazetteer,
    line_label,
    norm_token,
)
from graph.extract.people import PostMention
from graph.facts import DateValue, Place

AGREEMENT_NOUN = re.compile(
    r"\b(?:memorand(?:um|a) of (?:understanding|cooperation|co-operation|agreement)|memorand(?:um|a)|"
    r"mou|mous|agreements?|protocols?|accords?|(?-i:conventions?)(?! (?:centre|center|hall))|(?:cooperation|co-operation|action|work) plans?|"
    # "signed the Coordination Programme for 2026-2030" (a joint programme of work)
    r"(?<=sign the )coordination programmes?|(?<=signed the )coordination programmes?|"
    r"(?<=signed a )coordination programmes?|(?-i:Coordination Programme)(?= (?:was|were) signed)|"
    r"(?<=an )understanding|exchange of (?:notes|letters)|grant agreement|contracts?|"
    r"framework(?: agreement)?|letters? of (?:intent|understanding|agreement|cooperation|"
    r"co-operation|commitment)|partnership deal|deal|"
    # "a technical cooperation term" (a termo de cooperação)
    r"(?<=cooperation )terms?(?= (?:that|which|to|on|for|with|under|signed)\b| ?[,.;])|"
    r"document(?=s? (?:was|were) (?:\w+ )?signed)|"
    # "The founding charter was signed by …": a charter signed is an agreement
    r"charter(?=s? (?:was|were) (?:\w+ )?signed)|"
    # "the Regional Partnership that A and B signed": a partnership written down
    r"(?-i:Partnership|Compact|Charter)(?= (?:that|which) [^.;]{0,60}?\b(?:signed|concluded)\b)|"
    # "entered into a three-year logistics partnership with A", "signed a partnership with A"
    r"(?:(?<=into a )|(?<=into an )|(?<=signed a )|(?<=signed an )|(?<=sealed a )|"
    r"(?<=concluded a ))(?:[\w-]+ ){0,3}?partnership(?= with\b))\b",
    re.I,
)
AGREEMENT_VERB = re.compile(
    r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|subscrib(?:es|ed)|conclud(?:e|es|ed|ing)|renew(?:s|ed|ing)?|"
    r"formali[sz](?:e|es|ed|ing)|enter(?:s|ed|ing)? into|seal(?:s|ed)?|struck|strike|"
    r"finali[sz](?:e|ed)|ratif(?:y|ied)|extend(?:s|ed)?|announc(?:e|es|ed)|reached|agreed|"
    r"put pen to paper|put (?:their|its) (?:names|signatures?) to)\b",
    re.I,
)
NOT_DONE = re.compile(
    r"\b(?:will|would|shall|plans?|planned|planning|intends?|(?<!ceremony )to sign|proposed|propose|"
    r"suggested|suggests|invited|calls? for|hopes?|hoped|wants? to|wanted to|seeks? to|sought to|"
    r"intended|expected to|aims? to sign|aimed to|could|(?-i:may)|might|failed to|refused to|"
    r"declined to|did not|does not|do not|has not|have not|had not|never|without|whether to|"
    r"(?:before|after) deciding|interest in|not yet|yet to be|"
    # "efforts to arrange talks with B had not succeeded": talks sought, not held
    r"(?:efforts?|attempts?|bids?|trying|tried)\s+to\s+(?:arrange|organi[sz]e|set\s+up|secure|hold)|"
    r"(?:possibility|prospect|prospects|feasibility|option|idea) of|"
    r"(?:wish|wished|wishes|desire|willingness|readiness|intention) to)\b",
    re.I,
)
ALLIANCE = re.compile(
    r"\b(?:alliance|coalition|consortium|joint platform|"
    # "agreed to establish the X Coordination Platform, a standing mechanism …"
    r"(?-i:(?:Coordination|Cooperation|Partnership|Response|Preparedness)\s+(?:Platform|Mechanism))|"
    # ("launched a standing emergency response network for the Bay Area")
    r"standing\s+(?:[\w-]+\s+){0,3}?(?:mechanism|platform|arrangement|network|team|brigade|"
    r"roster|pool)|"
    # "formed what they call the Central American Red Cross Anticipation Network"
    r"(?-i:(?<=[a-z] )Network))\b",
    re.I,
)
ALLIANCE_VERB = re.compile(
    r"\b(?:form(?:s|ed|ation|ing)?|establish(?:es|ed|ment|ing)?|announc(?:e|es|ed|ing)|"
    r"launch(?:es|ed|ing)?|declar(?:e|es|ed|ing)|(?:co-)?found(?:ed|ing)|"
    r"sign(?:ed|s)\s+the\s+(?:founding\s+)?charter|"
    r"creat(?:e|es|ed|ion|ing)|join(?:s|ed)?|between|brings? together|brought together|"
    r"bringing together|compris(?:es|ing|ed)|(?:(?:is|are|was) )?made up of|(?-i:unit(?:es|ed|ing))|"
    r"members? (?:are|include|included)|consists? of|set up|maintain(?:s|ed)?|"
    r"(?-i:groups|gathers|includes)(?= (?:the )?[A-Z])|"
    r"(?:has|have|had) (?:had )?(?:a|an) (?:[\w-]+ )?(?:alliance|coalition))\b",
    re.I,
)
_ALLIANCE_NAME = re.compile(r"\b(?:Alliance|Coalition|Consortium|Platform|Network)\b")
#: verbs whose object lists the members ("the consortium comprises A, B and C")
_MEMBERSHIP_VERB = re.compile(
    r"\b(?:compris(?:es|ing|ed)|(?:(?:is|are|was) )?made up of|brings? together|brought together|"
    r"bringing together|members? (?:are|include|included)|consists? of|(?-i:unit(?:es|ed|ing))|"
    r"(?-i:groups|gathers|includes)(?= (?:the )?[A-Z]))\b",
    re.I,
)
MEETING = re.compile(
    # (not "which met the cost of the forum": a bill paid, not a meeting)
    r"\b(?:met(?!\s+(?:the\s+|all\s+|most\s+of\s+the\s+)?(?:[\w-]+\s+)?(?:costs?|expenses|bills?|"
    r"needs|targets?|demands?|deadlines?|requirements|criteria|conditions)\b)|meets|meeting(?:s)? with|"
    # "the NDMO chaired a coordination meeting in Funafuti with A, B and C"
    r"(?:chaired|convened|co-chaired|hosted|organi[sz]ed) (?:a|an|the) (?:[\w-]+ ){0,3}"
    r"(?:meeting|session|talks)"
    r"(?= (?:[^,;.]{0,40} )?with\b)|"
    r"(?:held|hold|holds) (?:talks|discussions|consultations|"
    r"negotiations|a meeting|meetings|(?:\w+ ){0,3}(?:meetings?|talks|consultations))|"
    r"talks with|discussions with|consultations with|visit(?:s|ed)?|"
    r"sat\s+down\s+(?:together\s+)?(?:(?:in|at)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+)?with|"
    r"toured(?=\s+(?:the\s+)?[A-Z])|"
    r"received (?:a |the |an )?(?:[\w-]+ ){0,2}(?:delegation|visit|representatives?)|hosted|"
    r"received(?= (?:the )?[A-Z])|receives(?= (?:the )?[A-Z])|"
    # "received the president of the Somali Red Crescent, A B": an official as the visitor
    r"receive[ds](?= the (?:president|secretary[- ]general|chair(?:man|woman|person)?|head|"
    r"director(?:[- ]general)?|ambassador|minister|governor|executive director) (?:of|at) )|"
    r"received(?= (?:(?:yesterday|today|on [A-Z][a-z]+day) )?at (?:his|her|its|their|the)\b"
    r"[^.;]{0,60}?\b(?:office|headquarters|residence|premises|venue)\b)|"
    r"received(?= (?:on |this |last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|today),? (?:the )?[A-Z])|"
    r"spent\s+(?:[\w-]+\s+){0,2}(?:days?|weeks?|hours?|morning|afternoon|evening)\s+with"
    r"(?=\s+(?:the\s+)?[A-Z]|\s+our\b)|"
    # "when A, B, C and D sat down together to share out the villages": the subjects met
    r"sat\s+down\s+together(?=\s+(?:to|in|on|at|for)\b|[,.;])|"
    # "shared a very long kava session with the Cook Islands Red Cross team"
    r"(?:held|had|shared)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:session|conversation|exchange|"
    r"dinner|lunch|breakfast)\s+with(?=\s+(?:the\s+|its\s+|their\s+)?[A-Z])|"
    # "I spent a day at the Dominican Red Cross headquarters with its President"
    r"spent\s+(?:[\w-]+\s+){0,2}(?:days?|weeks?|hours?|morning|afternoon)\s+(?:at|in)\s+"
    r"[^.;]{1,60}?\s+with(?=\s+(?:the\s+|its\s+|their\s+)?[A-Z])|"
    r"presented\s+(?:his|her|their)\s+(?:letters\s+of\s+)?credentials\s+to|"
    r"(?:was|were)\s+received\s+by(?=\s+(?:the\s+)?[A-Z])|"
    # "the delegation was received in his office by the mayor of Lajeado"
    r"(?:was|were)\s+received\s+(?:in|at)\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:office|headquarters|residence)\s+by(?=\s+(?:the\s+)?(?:[A-Z]|(?:mayor|governor|"
    r"president|minister|chair\w*|head|director|secretary)\b))|"
    r"welcomed|conferred with|bilateral meeting|(?:paid|pays|made) a (?:courtesy |working )?"
    r"(?:call|visit) (?:on|to)|called on|(?:tele)?phone call with|video call with|"
    r"(?:held|holds|had|has had) an? (?:\w+ )?(?:call|video ?call|phone call|videoconference|"
    r"video conference))\b",
    re.I,
)
PARTICIPATION = re.compile(
    r"\b(?:participat(?:ed|es|ing) (?:as (?:an? )?observers? )?in|took part in|takes part in|"
    r"attend(?:ed|s|ing)|joined|represented at|"
    r"(?:addressed|spoke at|opened)(?= (?:the )?(?:(?:[\w-]+ ){0,2}(?:session|segment|ceremony|"
    r"plenary|panel) of (?:the )?)?(?:\d+(?:st|nd|rd|th) )?[A-Z])"
    r"(?: (?:the )?(?:[\w-]+ ){0,2}(?:session|segment|ceremony|plenary|panel) of)?|"
    r"(?:on|in|at) the (?:sidelines?|margins?|fringes?) of|"
    # "Our Ontario team was in Windsor for the Great Lakes … Workshop"
    r"(?:was|were) in (?-i:[A-Z][\w'-]+(?: [A-Z][\w'-]+)?) for(?= the (?:\d+\w* )?(?-i:[A-Z])))\b",
    re.I,
)
EVENT_NAME = re.compile(
    r"\b(?:the\s+)?((?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w’'-]*\s+|of\s+|the\s+|for\s+|and\s+|"
    r"on\s+|in\s+(?=the\s+[A-Z]))*?(?:"
    + event_heads_pattern(
        Conference=r"Conference(?!\s+(?:Centre|Center|Hall|Room|Palace))",
        # "the Global Platform for Disaster Risk Reduction", "… Partnerships Week"
        Week=r"(?:(?<=Global )|(?<=Regional ))Platform|Week",
    )
    + r")"
    r"(?:\s+(?:of|on|for|in)\s+(?:the\s+)?(?:[A-Z][\w’'-]*|of|the|and|for|in|on)"
    r"(?:\s+(?:[A-Z][\w’'-]*|of|the|and|for|in|on|\(\w+\)))*)?)"
)
SUPPORT_WITH = re.compile(
    # ("… is made possible by a contribution from A")
    # (not "… by a contribution from A to B and C": told with its takers, read below)
    r"\b(?:with|thanks to|(?<=possible )by(?![^.;]*\bfrom\b[^.;]*\bto\s+(?:the\s+)?[A-Z]))"
    r"\s+(?:the\s+|an\s+|a\s+)?(?:financial\s+|technical\s+|generous\s+|continued\s+|"
    # "with materials and engineering support from A"
    r"(?:[a-z]{3,}\s+(?:and\s+)?){1,3}(?=(?:support|funding|assistance|help)\s+from\b))?"
    r"(?:support|funding|funds|assistance|help|financing|backing|contribution|input|"
    r"expertise|guidance|advice|co-?financing|co-?funding|(?<=an )allocation|(?<=a )grant|"
    r"(?<=with )money)s?\s+"
    r"(?:of\s+(?:[A-Z]{3}|US\$|\$|€|£)\s*[\d.,]+(?:\s+(?:million|billion))?"
    r"\s+from|of|from)\b",
    re.I,
)
FUNDING_RECEIVED = re.compile(
    r"^\W*(?:Funding|Financial\s+support|Support|Contributions?|Donations?|Grants?)\s+"
    r"(?:for\s+(?:this|the|these)\s+(?:[\w-]+\s+){0,2}(?:operation|response|appeal|programme|"
    r"program|project|(?P<event>forum|conference|meeting|workshop|summit|event|training|"
    r"courses?|seminar|exercise|simulation))\s+)?(?:has|have|was|were)\s+(?:also\s+)?"
    r"(?:been\s+)?(?:generously\s+)?(?:received|provided|secured|made available|given)\s+"
    r"(?:from|by)\s+(?:the\s+)?"
)
SUPPORT_VERB = re.compile(
    r"\b(?:support(?:s|ed|ing)?|fund(?:s|ed|ing)?(?!\s+(?:agreements?|deals?|contracts?|requests?|"
    r"proposals?|gaps?|shortfalls?|cuts?|appeals?|rounds?|mechanisms?|windows?|partners?)\b)|"
    r"financ(?:e|es|ed)|assist(?:s|ed|ing)?|reinforc(?:e|es|ed|ing)(?=\s+(?:the\s+)?[A-Z])|"
    r"help(?:s|ed|ing)?|bankroll(?:s|ed|ing)?|back(?:s|ed)|"
    # "is lending BDRCS a cash transfer specialist"
    r"(?:lend(?:s|ing)?|lent|loan(?:s|ed|ing))(?=\s+(?:the\s+)?[A-Z])|(?:(?<=is )|(?<=are )|(?<=also ))backing|sponsor(?:s|ed)?|provid(?:e|es|ed|ing) (?=(?:the )?[A-Z]\w*"
    r"(?: [A-Z]\w*)* with\b)|provid(?:e|es|ed|ing) (?:[\w-]+ ){0,3}"
    r"(?:support|assistance|funding|aid|training|expertise|equipment|guidance|advice)"
    r"(?: (?:on|in|for)(?: [\w-]+){1,3}?)? to|"
    r"deliver(?:s|ed)? (?:\w+ ){0,3}(?:to|for)|contribut(?:e|es|ed) to)\b",
    re.I,
)
RECEIVED_SUPPORT_FROM = re.compile(
    r"\b(?:receives?|received|receiving|gets|got|secures?|secured|obtained)\s+"
    r"(?:(?:financial|technical|logistical|material|generous|continued|further|new)\s+)?"
    r"(?:support|funding|assistance|backing|financing)\s+(?:worth\s+[^,;]{1,30}?\s+)?from\s+"
    r"(?:the\s+)?",
    re.I,
)
SUPPORTING = re.compile(
    r"\s+(?:providing|funding|financing|supporting|backing|covering|contributing|sponsoring)\b",
    re.I,
)
RELATIVE = re.compile(
    r",\s*(?:(?:both|all|each|two|three|several)\s+of\s+)?(?:which|whom|who)\s+"
    r"(?:also\s+|have\s+|has\s+|continue to\s+)?$",
    re.I,
)
POSSESSIVE_SUPPORT = re.compile(
    r"(?:(['’]s)|\b(?:its|their))\s+(?:[\w-]+\s+){0,2}?(?:support|assistance|funding|"
    r"contribution|aid)\s+(?:to|for)\s+(?:the\s+)?"
)
#: "This Emergency Appeal supports …", "The appeal is supporting …"
_THIS_APPEAL_SUPPORTS = re.compile(
    r"^\W*(?:The|This|Our)\s+(?:(?:revised|emergency|regional|IFRC|[\w-]+-country)\s+)*"
    r"(?-i:[Aa]ppeal)\s+(?:also\s+)?(?:supports|is\s+supporting|has\s+supported|funds|"
    r"is\s+funding)\s+(?:the\s+)?",
    re.I,
)
_APPEAL_BEFORE = re.compile(r"\b(?:appeal|fund|programme|operation)\s*$")
_HELPED_US = re.compile(r"\b(?:allowed|enabled|helped|allows|enables|helps)\s+us\b")
_THANKED_WHOSE = re.compile(
    r"\b(?:thank(?:ed|s)?|praised|commended)\s+(?P<who>[^.;]{2,120}?),\s+(?P<whose>whose)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:grant|funding|support|donation|contribution|gift)s?\b"
)
_THROUGH_OR_FROM = re.compile(
    r"\b(?:through|via|from)\s+(?:its\s+|their\s+|the\s+)?(?:[A-Z][\w-]*\s+(?:for\s+)?){0,3}$"
)
THANKED_FOR_SUPPORT = re.compile(
    r"\b(thank(?:ed|s)?|honou?red|praised|commended|lauded|appreciated|grateful\s+to)\s+(?:the\s+)?.{3,400}?"
    r"(\s+for\s+(?:(?:its|their|the|his|her)\s+[\"“‘']?(?:[\w-]+\s+){0,3}(?:support|assistance|"
    r"funding|contribution|contributions|generosity|help|donations?)|(?!being\b)[a-z]{3,}ing\s+"
    r"(?:its|their|the|a|an|all|some|relief|aid)\b))\b"
)
TRAINED_FOR = re.compile(
    r"\b(?:organi[sz]ed|conducted|held|ran|delivered|provided|gave|offered)\s+(?:a|an|the)?\s*"
    r"(?:[\w-]+\s+){0,6}(?:training|course|workshop|training course|instruction|lessons|classes|"
    r"sessions|drills|coaching)\s+(?:[\w-]+\s+){0,3}(?:for|to)\s+"
    r"(?:\d[\d,]*\s+)?(?:[\w-]+\s+)?(?:volunteers|staff|members|personnel|instructors|trainers)"
    r"\s+(?:of|from)\s+(?:the\s+)?"
)
#: "Forty volunteers of A were trained in first aid by B"
TRAINED_BY = re.compile(
    r"\b(?:volunteers|staff|members|paramedics|responders|first[- ]aiders|personnel|nurses|"
    r"instructors|drivers)\s+(?:of|from)\s+(?P<of>(?:the\s+)?)[^.;]{3,80}?\s+(?:were|was|have been|"
    r"had been|are being)\s+trained\b[^.;]{0,80}?\bby\s+(?:the\s+)?"
)
#: "A had trained 120 of the society's paramedics", "A trained 40 volunteers of B"
TRAINED_PEOPLE = re.compile(
    r"\b(?:(?:(?:has|had|have)\s+(?:also\s+)?)?trained|(?:will|would|shall|to)\s+(?:also\s+|further\s+)?"
    r"train)\s+(?:more than\s+|over\s+|some\s+|about\s+)?"
    r"(?:\d[\d,]*\s+)?(?:of\s+)?(?:(?P<society>the\s+(?:society|[Nn]ational\s+[Ss]ociety)['’]s)\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:volunteers|staff|paramedics|first[- ]aiders|responders|members|"
    r"personnel|instructors|nurses|drivers)\b(?P<of>\s+(?:of|from)\s+(?:the\s+)?)?"
)
IMPLEMENTED_WITH = re.compile(
    r"\b(?:implemented|carried out|run|delivered|managed)\s+by\s+(the\s+)?.{2,80}?\s+"
    r"(?:together|jointly|in partnership|in cooperation|in collaboration)\s+with\s+(?:the\s+)?"
)
PLEDGES_FROM = re.compile(
    r"\b(?:new\s+|generous\s+)?(?:pledges?|contributions?|donations?|grants?|"
    r"(?<![^.!?]\s)(?:Pledges|Contributions|Donations|Grants))\s+"
    r"(?:(?:have|has)\s+(?:so\s+far\s+|also\s+|now\s+)?(?:come|been\s+received)\s+|"
    r"(?:coming|received)\s+)?from\s+"
    r"(?:the\s+)?(?:governments\s+of\s+(?:the\s+)?)?"
)
RELATIVE_SUPPORT = re.compile(
    r",\s*(?:which|who)\s+(?:has\s+|have\s+|had\s+|also\s+|is\s+|are\s+|has been\s+)?"
    r"(?:(?:provided|provides|providing|offered|offers|gave|extended|extends|contributed)\s+"
    r"(?:[\w-]+\s+){0,3}(?:support|funding|assistance|aid|financing|backing)\b|"
    r"(?:funding|financing|funded|financed|funds|finances|sponsoring|sponsors|sponsored|"
    r"supporting|supports|supported)\b|(?:deployed|dispatched|sent)\s+(?:[\w-]+\s+){0,3}"
    r"(?:teams?|units|staff|experts|delegates|specialists|volunteers)\b)",
    re.I,
)
_THIS_SUPPORT = re.compile(
    r"\s+(?:(?:a|the)\s+(?:large\s+|major\s+|small\s+|good\s+|significant\s+)?(?:share|part|"
    r"portion|third|half)\s+of\s+|(?:most|much|some|all)\s+of\s+)?(?:this|that|these|its|their)\s+"
    r"(?:support|aid|assistance|funding|response|work|operations?|programmes?)\b"
)
_THE_EVENT = re.compile(
    r"\W*(?:The|This|This\s+year['’]s)\s+(?:[\w-]+\s+){0,2}(?:forum|conference|summit|workshop|"
    r"event|assembly|congress|symposium|camp|festival|meeting)\s+(?:was|is|has\s+been|had\s+been)\b"
)
_THE_TRAINING = re.compile(
    r"\W*(?:The|These|This|Its|Their)\s+(?:[\w-]+\s+){0,2}(?:courses?|trainings?|training\s+sessions|"
    r"sessions|workshops|drills|classes)\s+(?:is|was|are|were|have\s+been|has\s+been)\b"
)
_THE_WORK_STARTS = re.compile(
    r"\W*(?:The|This|Its|Their)\s+(?:[\w-]+\s+){0,2}(?:programme|program|project|operation|"
    r"response|initiative|campaign|work|activities|deployment|distribution|distributions|scheme|"
    # "The first aid curriculum was revised with support from A": a product of the work
    r"curriculum|curricula|course|courses|manual|manuals|guidelines|toolkit|module|modules|"
    r"strategy|policy|assessment|study|app|application|system|"
    # "The service point runs with funding from A"
    r"service\s+point|clinic|centre|center|hub|shelter|helpline|hotline|pilot|pilots|service|"
    r"component|components|transfers|payments|rounds|phases?|grants|vouchers|allowances)"
    # "The first two rounds of transfers, which …, are being financed by A"
    r"(?:\s+of\s+(?:[\w-]+\s+){0,2}?(?:transfers|payments|cash|aid|assistance|support|kits|grants|"
    r"distributions?))?"
    # "The community component in Edo and Ondo is funded by A"
    r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})?"
    # "Its SMS service, which sent warnings to 310,000 people, is paid for by A"
    r"(?:,\s+(?:which|that)\s+[^;]{3,100}?,)?\s+"
    r"(?:(?:there|here|now|also|itself)\s+)?"
    r"(?:is|was|are|were|has\s+been|have\s+been|will\s+be|runs|operates|functions)\b"
)
_THE_WORK = re.compile(
    r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:[\w$€£.,-]+\s+){0,3}?(?:programme|program|project|"
    r"operation|response|appeal|phase|"
    r"initiative|campaign|work|activities|alliance|coalition|consortium|network|platform|"
    r"assessment|evaluation|survey|exercise|simulation|"
    r"agreement|memorandum|MoU|MOU|partnership|protocol|accord)s?\b"
)
_THE_WORK_SUBJECT = re.compile(
    r"^\W*(?:The|This|Their)\s+(?:[\w-]+\s+){0,2}(?:programme|program|project|operation|"
    r"initiative|partnership)\s+(?:has\s+|have\s+|also\s+|will\s+)*$"
)
_THE_FUNDING = re.compile(
    r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}(?:funding|grant|contribution|donation|funds|money|"
    r"allocation|pledge)s?\b"
)
_NOUN_BEFORE = re.compile(r"\bfor\s+(?:its|their|his|her|the|our)\s+(?:[\w-]+\s+)?$")
#: "…, part of a shipment financed by": the gift just told, right before "financed by"
_PART_OF_GIFT = re.compile(
    r",\s*(?:as\s+)?part\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:shipment|consignment|convoy|"
    r"donation|package|delivery|airlift)\s+$"
)
#: relief told as the subject of a sentence without its body: the story's society's
_RELIEF_BEFORE = re.compile(
    r"^\W*(?:Much\s+of\s+|Most\s+of\s+|Part\s+of\s+|All\s+of\s+)?the\s+(?:[\w-]+\s+){0,2}"
    r"(?:relief|aid|supplies|stocks?|assistance|kits|items|distributions?)\b",
    re.I,
)
#: "…, and is financed by C": a second funder of the work just told
_AND_FUNDED_BY = re.compile(
    r",?\s+and\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:funded|financed|"
    r"co-?financed|co-?funded|paid\s+for)(?:\s+(?:in\s+part|partly|largely|mainly|mostly))?\s+by\s+"
    r"(?:the\s+)?"
)
SUPPORT_BY = re.compile(
    # "technically supported by", "financially backed by"
    r"\b(?:(?:technically|financially|logistically|generously|jointly|partly)\s+)?"
    r"(?:funded|supported|financed|co-?financed|co-?funded|sponsored|backed|paid for|"
    r"underwritten|(?<=being )covered|(?<=been )covered|(?<=are )covered|(?<=is )covered)(?:\s+(?:in\s+part|in\s+full|partly|partially|largely|mainly|mostly|"
    r"primarily|entirely|fully|jointly|generously))?"
    r"(?:\s+(?:since|from|in)\s+(?:\d{4}|last\s+year))?\s+by\b",  # "financed since 2024 by"
    re.I,
)
DONATION = re.compile(
    r"\b(?:donat(?:e|es|ed|ing|ion|ions)|gift(?:ed|s)?|handed over|contribution of|"
    # "A handed the Red Cross a cheque for …"
    r"hand(?:ed|s)\b(?=[^.;]{1,60}?\b(?:a|the)\s+(?:cheque|check)\b)|"
    r"present(?:s|ed|ing)? (?:a |the )?(?:cheque|check|donation)s?|"
    # "A presented two refrigerators to B", "A handed two ambulances to B": goods counted
    r"(?:presented|handed)(?=\s+(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozens|hundreds|thousands)\s[^.;]{0,60}?\bto\s+(?:the\s+)?[A-Z])|"
    # "A presented £100,000 to B"
    r"present(?:s|ed|ing)?(?= (?:(?-i:[A-Z]{2,3})\$? ?\d|US\$|\$|€|£|¥))|"
    # ("contributed Tk 2.5 crore": a currency of one to three letters)
    r"contribut(?:e|ed|es|ing)(?= (?:(?-i:[A-Z][A-Za-z]{0,2})\.? ?\d|US\$|\$|€|£|¥|\d|a |an |more |"
    r"over ))|"
    r"transfer(?:s|red|ring)(?= (?:(?-i:[A-Z]{3}) ?\d|US\$|\$|€|£|¥|\d))|"
    # "Lender A gave HK$3 million to …", "A, which has given $750,000 toward …"
    r"(?:gave|given|gives)(?= (?:(?-i:[A-Z]{2,3})\$? ?\d|US\$|\$|€|£|¥))|"
    r"pledg(?:e|ed|es|ing)(?= (?:(?-i:[A-Z]{3}) ?\d|US\$|\$|€|£|¥|\d|a |an |more |"
    r"over |another |an additional ))|"
    r"grant of)",
    re.I,
)
MISSION = re.compile(
    # ("has sent a five-member relief team to …": a team told with its size and trade)
    r"\b(?:mission|deploy(?:s|ed|ment)?|(?:sent|sends|sending)\s+(?:a|an|its)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:team|teams|delegation|convoy|unit)|dispatched)\b",
    re.I,
)
THANKS_FOR = re.compile(r"\b(?:thank(?:s|ed)?|celebrat(?:es|ed)|lauded|praised|honou?red)\b", re.I)
#: the writer's own body: "we", "our", "us"; and "I" (its head in an interview, its author
#: in an op-ed) before a verb, never a numeral ("Phase I") or an initial ("I. Kamara")
FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b|(?-i:\bI(?=\s+[a-z]))", re.I)


@dataclass(slots=True)
class SentenceFacts:
    """What a sentence offers the rules: its text, resolved mentions and context."""

    text: str
    orgs: list[Mention]
    posts: list[PostMention]
    places: list[PlaceMention]
    dates: list[DateMention]
    person_orgs: dict[str, str] = field(default_factory=dict)
    publisher: str | None = None
    main_org: str | None = None
    delegation: str | None = None
    #: the organisation of the official last named before this sentence ("she", "he")
    speaker_org: str | None = None
    #: every organisation the document names (for "the appeal" and other references)
    doc_orgs: frozenset[str] = frozenset()
    #: the parties of the last agreement or alliance told before ("the project", "the initiative")
    joint_parties: tuple[str, ...] = ()
    #: the organisation that last gave or announced money ("The funding will support …")
    last_funder: str | None = None
    #: the organisation that last received it (an appeal's owner passes it on)
    last_funded: str | None = None
    #: the sender of the last mission told ("Its deployment was funded by …")
    last_sender: str | None = None
    #: the kind of every organisation the document names
    kinds: dict[str, str] = field(default_factory=dict)
    #: whether the last money told came from several givers at once ("from A, B and C")
    several_funders: bool = False
    #: the host of the last event told ("The forum was funded by …": funds for its host)
    event_host: str | None = None
    #: the bodies that last did something together, told after any deal ("A and B have
    #: completed …"; "The work was funded by C": C's funds for both)
    doers: tuple[str, ...] = ()
    #: the body whose visit was last told ("The visit ended with a meeting with …")
    visitor: str | None = None
    #: the sentence before this one ("The appeal has received …. Contributions have come …")
    previous_text: str = ""


@dataclass(slots=True)
class Found:
    """A relationship a rule found, before evidence is attached."""

    kind: str
    parties: tuple[str, ...]
    rule: str
    confidence: float
    subtype: str | None = None
    name: str | None = None
    recipients: tuple[str, ...] = ()
    observers: tuple[str, ...] = ()
    signatories: tuple[str, ...] = ()
    date: DateValue | None = None
    end_date: DateValue | None = None
    place: Place | None = None
    theme: str | None = None
    topic: str | None = None


def _keys(mentions: list[Mention], start: int = 0, end: int | None = None) -> list[str]:
    """Resolved keys of the mentions in [start, end), in order, without repeats."""
    out: list[str] = []
    for m in mentions:
        if m.key and m.start >= start and (end is None or m.start < end) and m.key not in out:
            out.append(m.key)
    return out


def _post_orgs(s: SentenceFacts, start: int = 0, end: int | None = None) -> list[str]:
    """Organisations of the people named in the span (a person acts for their org)."""
    out = []
    for p in s.posts:
        if p.org and p.start >= start and (end is None or p.start < end) and p.org not in out:
            out.append(p.org)
    if s.person_orgs:
        for at, org in _named_people(s.text, s.person_orgs):
            if at >= start and (end is None or at < end) and org not in out:
                out.append(org)
    return out


def _named_people(text: str, person_orgs: dict[str, str]) -> list[tuple[int, str]]:
    """Where the document's known people are named in ``text`` (whole words), in order."""
    hits = []
    spans: list[tuple[int, int, str]] = []
    for name, org in person_orgs.items():
        at = text.find(name)
        while at >= 0:
            after = at + len(name)
            if (at == 0 or not text[at - 1].isalnum()) and (
                after == len(text) or not text[after].isalnum()
            ):
                spans.append((at, after, org))
                break
            at = text.find(name, after)
    for at, after, org in spans:
        # ("Osman" for "Hanan Osman Babiker" is not the "Osman" of "Osman Ahmed Kambal")
        if not any(a <= at and after <= b and (a, b) != (at, after) for a, b, _ in spans):
            hits.append((at, org))
    return sorted(hits)


def _actors(s: SentenceFacts, start: int = 0, end: int | None = None) -> list[str]:
    """Organisations acting in the span: named ones first, then the employers of people."""
    out = _keys(s.orgs, start, end)
    for k in _post_orgs(s, start, end):
        if k not in out:
            out.append(k)
    if (
        s.publisher
        and any(
            m.start() >= start
            and (end is None or m.start() < end)
            and not _quoting_another(s, m.start())
            for m in FIRST_PERSON.finditer(s.text)
        )
        and s.publisher not in out
    ):
        out.append(s.publisher)
    return out


_QUOTED = re.compile(r"[“\"][^”\"]{2,400}[”\"]")


def _quoting_another(s: SentenceFacts, at: int) -> bool:
    """Whether ``at`` is inside a quotation by someone of another body than the writer's
    (""Our shoppers asked how they could help," said A B, the market's CEO": the market's)."""
    if '"' not in s.text and "“" not in s.text:
        return False
    inside = any(q.start() < at < q.end() for q in _QUOTED.finditer(s.text))
    return inside and any(p.org and p.org != s.publisher for p in s.posts)


#: "NIAMEY, 20 November 2024 – In 2023 the …": a dateline's date, before the dash
_DATELINE_DASH = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:–|—|-{1,2}|:)\s")


def _date(s: SentenceFacts) -> tuple[DateValue | None, DateValue | None]:
    dates = s.dates
    if (
        len(dates) > 1
        and dates[0].start < 60
        and _DATELINE_DASH.match(s.text, dates[0].end)
        and not dates[1].is_end
    ):
        dates = dates[1:]  # the sentence's own date, after the dateline's
    start = next((d.value for d in dates if not d.is_end), None)
    end = next((d.value for d in dates if d.is_end), None)
    if start is not None and start.precision != "day":
        # "In September I flew to Tonga for the forum, held from 15 to 17 September": the
        # day the sentence gives later within the month it named first
        start = next(
            (
                d.value
                for d in dates
                if not d.is_end and d.value.iso.startswith(start.iso) and d.value.iso != start.iso
            ),
            start,
        )
    return start, end


def _place(s: SentenceFacts) -> Place | None:
    """The place of an event: "held in X", "in X, Country", else a city named in the sentence."""
    inside = [(m.start, m.end) for m in s.orgs]
    free = [p for p in s.places if all(p.end <= a or p.start >= b for a, b in inside)]
    for p in free:
        before = s.text[max(0, p.start - 12) : p.start]
        if not p.is_country and re.search(r"\b(?:in|at|held in|hosted in)\s+(?:the\s+)?$", before):
            return Place(p.text, p.country)
        if not p.is_country and re.match(
            r"^[A-Z][\w ]*:\s*$", s.text[: p.start + len(p.text)] + s.text[p.end : p.end + 2]
        ):
            return Place(p.text, p.country)
    for p in free:
        before = s.text[max(0, p.start - 12) : p.start]
        if p.is_country and re.search(r"\b(?:in|to)\s+(?:the\s+)?$", before):
            return Place(p.text, p.country)
    return None


def _is_country(place: Place) -> bool:
    from graph.extract.organisations import is_country_name

    return is_country_name(place.name)


def _signatories(s: SentenceFacts, parties: list[str]) -> tuple[str, ...]:
    """People named in a signing sentence whose organisation is a party."""
    if not re.search(r"\bsign", s.text, re.I):
        return ()
    return tuple(dict.fromkeys(p.name for p in s.posts if p.org in parties))


def _hub_pairs(s: SentenceFacts, verb_at: int) -> tuple[list[str], list[str]]:
    """Subject organisations (before the verb) and objects (after "with"/"between"), up to a
    clause of its own (", granting the IFRC … to support B": B is not a party)."""
    before = _actors(s, 0, verb_at)
    clause = _OWN_CLAUSE.search(s.text, verb_at)
    after = _actors(s, verb_at, clause.start() if clause else len(s.text))
    return before, [k for k in after if k not in before]


_OWN_CLAUSE = re.compile(r",\s*(?:granting|allowing|enabling|giving|making|so\s+that|which|who)\b")


WITNESSES = re.compile(
    r"\b(?:in the presence of|witnessed by|under the (?:patronage|auspices) of|"
    r"attended by|in front of)\b"
    # "…, as the IFRC's regional director, A B, looked on", "with A looking on"
    r"|,?\s+\b(?:as|while|with)\s+(?=[^.;]{0,120}?\b(?:looked|looking|looks|watched|watching)\s+on\b)",
    re.I,
)


def _before_witnesses(s: SentenceFacts) -> SentenceFacts:
    """The sentence up to "in the presence of …": those present are not parties."""
    w = WITNESSES.search(s.text)
    if not w:
        return s
    at = w.start()
    return replace(
        s,
        text=s.text[:at],
        orgs=[o for o in s.orgs if o.start < at],
        posts=[p for p in s.posts if p.start < at],
    )


#: "Under a 2022 agreement with the Ministry of Interior, the society runs …"
UNDER_AGREEMENT_WITH = re.compile(
    r"^\W*(?:Under|Through|As\s+part\s+of|In\s+line\s+with)\s+(?:a|an|the|its|their)\s+"
    r"(?P<year>(?:19|20)\d\d\s+)?(?:[\w-]+\s+){0,2}(?:agreement|memorandum(?:\s+of\s+understanding)?|"
    r"MoU|MOU|contract|protocol)\s+(?:signed\s+(?:in\s+(?P<signed>(?:19|20)\d\d)\s+)?)?with\s+(?:the\s+)?"
)


#: "… the service that A has run since 2022 under an agreement with B": A's agreement with B
_DESCRIPTION_GAP = re.compile(r"(?:[\w.’'-]+\s+){1,4}")
_RUN_UNDER_AGREEMENT_WITH = re.compile(
    r"\b(?:under|through)\s+(?:a|an|the|its|their)\s+(?:(?P<made>(?:19|20)\d\d)\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:agreement|"
    r"memorandum(?:\s+of\s+(?:understanding|agreement|cooperation))?|MoU|MOU|contract|protocol)\s+"
    r"(?:(?:signed|concluded|reached|agreed)\s+(?:in\s+(?P<signed>(?:19|20)\d\d)\s+)?)?with\s+"
    r"(?:the\s+)?"
)


#: "… the General Inspectorate (IGSU), with whom the society has worked under a cooperation
#: agreement signed in 2019": the body before the comma and the clause's subject
_WITH_WHOM_UNDER = re.compile(
    r",\s*with\s+(?:whom|which)\s+(?P<subject>[^,;]{2,80}?)\s+(?:has|have|had)\s+(?:\w+\s+)?"
    r"(?:worked|cooperated|partnered|collaborated)\s+(?:\w+\s+){0,4}?under\s+(?:a|an|the|its)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:agreement|memorandum|protocol|MoU)\b"
    r"(?:\s+(?:signed|concluded)\s+in\s+(?P<year>(?:19|20)\d\d))?"
)


def _with_whom_under(s: SentenceFacts) -> list[Found]:
    m = _WITH_WHOM_UNDER.search(s.text) if "with wh" in s.text else None
    if m is None:
        return []
    antecedent = [k for k in _keys(s.orgs, 0, m.start()) if k][-1:]
    subject = [k for k in _keys(s.orgs, m.start("subject"), m.end("subject")) if k][:1]
    if not antecedent or not subject or antecedent == subject:
        return []
    date = DateValue(m.group("year"), "year") if m.group("year") else None
    return [
        Found("agreement", (*subject, *antecedent), "agreement.with_whom_under", 0.65, date=date)
    ]


def _under_agreement_with(s: SentenceFacts) -> list[Found]:
    whom = _with_whom_under(s)
    if whom:
        return whom
    m = UNDER_AGREEMENT_WITH.match(s.text)
    if not m:
        m = _RUN_UNDER_AGREEMENT_WITH.search(s.text)
        if not m or NOT_DONE.search(s.text, max(0, m.start() - 40), m.start()):
            return []
        partners = (
            _listed(s, m.end())[:1]
            or [
                # "… with the U.N. refugee agency UNHCR": the body its description names
                o.key
                for o in s.orgs
                if o.key and _DESCRIPTION_GAP.fullmatch(s.text, m.end(), o.start)
            ][:1]
        )
        doer = [k for k in _actors(s, 0, m.start()) if k not in partners][-1:]
        if (
            not doer
            and s.main_org
            and s.main_org not in partners
            and _THE_WORK_STARTS.match(s.text)
        ):
            doer = [s.main_org]  # "The grants are paid under a partnership agreement with B"
        since = re.search(r"\bsince\s+((?:19|20)\d\d)\b", s.text[: m.start()])
        year = m.group("signed") or m.group("made") or (since.group(1) if since else None)
        date = DateValue(year, "year") if year else None
        if not partners or not doer:
            return []
        return [Found("agreement", (*doer, *partners), "agreement.run_under", 0.65, date=date)]
    comma = s.text.find(",", m.end())
    if comma < 0:
        return []
    before = set(_keys(s.orgs, max(0, m.end() - 4), comma))
    partners = [k for k in _listed(s, m.end()) if k in before][:3]
    doer = [k for k in _actors(s, comma) if k not in partners][:1]
    if not partners or not doer:
        return []
    year = (m.group("year") or m.group("signed") or "").strip()
    date = DateValue(year, "year") if year else None
    return [Found("agreement", (*doer, *partners), "agreement.under_one_with", 0.7, date=date)]


#: "a 1992 cooperation agreement between A and B", "the earlier agreement between": a deal
#: told as background, with no verb of signing
_EARLIER_DEAL_BETWEEN = re.compile(
    r"\b(?:(?:19|20)\d\d|earlier|previous|existing|original|former|first|long-?standing|"
    r"current)\s+(?:[\w-]+\s+){0,2}(?:agreement|memorandum(?:\s+of\s+understanding)?|MoU|"
    r"protocol|accord)\s+between\b"
    # "It opened in 2019 under a cooperation agreement between A and B": one in force
    r"|\b(?:under|within\s+the\s+framework\s+of)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}"
    r"(?:agreement|memorandum(?:\s+of\s+understanding)?|MoU|protocol|accord)\s+between\b"
)
_THE_DEALS_WITH = re.compile(
    r"^\W*(?:The|These|Both|All\s+three|The\s+three|The\s+two)\s+(?:[\w-]+\s+){0,2}"
    r"(?:agreements|memoranda|memorandums|MoUs|MOUs|protocols|accords|deals)\s+(?:were|have\s+been)\s+"
    r"(?:signed|concluded|reached|made)\s+with\b"
)
_PREDECESSOR = re.compile(r"['’]s\s+(?:predecessor|forerunner|successor)\b")


#: "…, though no agreement was announced": the deal the verb names was not made
_NONE_MADE = re.compile(
    r"\b(?:no|not\s+an?|without\s+an?)\s+(?:[\w-]+\s+){0,2}(?:agreements?|deals?|memorand\w*|MoUs?|"
    r"accords?|alliances?|partnerships?|coalitions?)\s+(?:was|were|(?:has|have|had)\s+(?:yet\s+)?been|"
    r"is|are)\s+(?:yet\s+)?(?:announced|signed|reached|concluded|agreed|formed|made)\b",
    re.I,
)


def _none_made(s: SentenceFacts, verb: re.Match[str] | None) -> bool:
    """Whether the verb found is the one a negation says did not happen."""
    none = _NONE_MADE.search(s.text) if verb is not None and " no" in s.text else None
    return none is not None and none.start() <= verb.start() < none.end()  # type: ignore[union-attr]


_OWNED_AGREEMENT_WITH = re.compile(
    r"(?:['’]s)?\s+(?:(?P<year>(?:19|20)\d\d)\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|memorandum"
    r"(?:\s+of\s+understanding)?|MoU|MOU|protocol|accord)\s+with\s+(?:the\s+)?"
)


_DEAL_CONTENT = re.compile(
    r",?\s+(?:that|which)\s+(?:\w+\s+)?(?:gives|grants|provides|allows|sets|establishes|commits|"
    r"covers|creates|opens|includes|foresees|requires|enables|makes|guarantees|defines|"
    r"lays|offers|extends|aims)\b"
)


#: "the headquarters agreement it concluded with the Swiss Federal Council"
_AGREEMENT_IT_MADE = re.compile(
    r"\b(?:agreement|memorandum(?:\s+of\s+understanding)?|accord|MoU|protocol)\s+"
    r"(?:that\s+|which\s+)?it\s+(?:had\s+|has\s+)?(?:concluded|signed|reached|struck)\s+"
    r"with\s+(?:the\s+)?"
)


def rule_agreement(s: SentenceFacts) -> list[Found]:
    """Signed/concluded/renewed MoUs, agreements and protocols."""
    s = _before_witnesses(s)
    under = _under_agreement_with(s) if " with " in s.text else []
    if under:
        return under
    its = _AGREEMENT_IT_MADE.search(s.text) if " it " in s.text else None
    if its and not NOT_DONE.search(s.text, max(0, its.start() - 25), its.start()):
        # "Its status is governed by the headquarters agreement it concluded with B in 1993":
        # the body named before, else the article's main actor, and B
        maker = _actors(s, 0, its.start())[:1] or ([s.main_org] if s.main_org else [])
        other = [k for k in _listed(s, its.end()) if k not in maker][:1]
        if maker and other:
            date, end = _date(s)
            return [
                Found(
                    "agreement",
                    (maker[0], other[0]),
                    "agreement.it_concluded",
                    0.7,
                    date=date,
                    end_date=end,
                )
            ]
    noun = AGREEMENT_NOUN.search(s.text)
    verb = AGREEMENT_VERB.search(s.text)
    if _none_made(s, verb):
        return []
    owned = _OWNED_AGREEMENT_WITH.search(s.text) if not verb and " with " in s.text else None
    if owned and not NOT_DONE.search(s.text, max(0, owned.start() - 30), owned.start()):
        # "… anchored in the society's 2021 framework agreement with NEMA": a standing deal
        owner = [o.key for o in s.orgs if o.key and o.end in (owned.start(), owned.start() + 2)]
        partner = [k for k in _listed(s, owned.end()) if k not in owner][:1]
        if owner and partner:
            year = owned.group("year")
            date = DateValue(year, "year") if year else None
            return [
                Found("agreement", (owner[-1], *partner), "agreement.owned_with", 0.6, date=date)
            ]
    if not noun or not verb:
        if not (
            noun
            and (
                re.search(r"\bagreements?\s+(?:signed|concluded|reached)\b", s.text, re.I)
                or _EARLIER_DEAL_BETWEEN.search(s.text)
            )
        ):
            return []
        verb = noun
    window = s.text[max(0, verb.start() - 25) : verb.start()]
    if NOT_DONE.search(window):
        return []
    if verb.start() < noun.start() and NOT_DONE.search(
        s.text, max(verb.end(), noun.start() - 30), noun.start()
    ):
        return []  # "Participants agreed …, and A said it hoped to sign a similar agreement"
    if re.match(
        r"\s+to\s+(?:prepare|draft|develop|negotiate|discuss|explore|work\s+on|sign|conclude)\b",
        s.text[verb.end() :],
    ) or re.search(
        r"\b(?i:draft|possible|potential|prospective|future|eventual)\s+(?:[\w-]+\s+)?$",
        s.text[max(0, noun.start() - 30) : noun.start()],
    ):
        return []  # "the sides agreed to prepare a draft memorandum", "a possible agreement"
    subtype = (
        "mou"
        if re.search(r"memorand|\bmous?\b", noun.group(0), re.I)
        else (
            "protocol"
            if "protocol" in noun.group(0).lower()
            else (
                "cooperation_agreement"
                if re.search(
                    r"cooperation|co-operation|partnership",
                    s.text[max(0, noun.start() - 30) : noun.end()],
                    re.I,
                )
                else None
            )
        )
    )
    content = _DEAL_CONTENT.match(s.text, noun.end()) if verb.start() < noun.start() else None
    if content:
        # "signed a memorandum that gives the societies a seat in the meetings of C": what the
        # deal says, not who signed it
        s = replace(s, orgs=[o for o in s.orgs if o.start < content.start()])
    pivot = min(verb.start(), noun.start())
    subj, obj = _hub_pairs(s, pivot)
    with_at = re.search(r"\bwith\b", s.text[pivot:])
    if with_at and (not subj or not obj):
        split = pivot + with_at.start()
        subj, obj = _hub_pairs(s, split)
    if not subj and s.publisher and _SUBJECTLESS_DEAL.match(s.text):
        # "Just signed in Kharkiv: a memorandum with Kharkiv City Council …" in a body's own
        # post: the body signed it
        subj, obj = [s.publisher], [k for k in obj if k != s.publisher]
    between = re.search(r"\bbetween\b", s.text[noun.start() :])
    date, end = _date(s)
    place = _place(s)
    if place and _is_country(place):
        place = None  # "… affected by the earthquake in Syria": not where it was signed
    common = {"subtype": subtype, "date": date, "end_date": end, "place": place}
    signer = s.main_org if not subj and _THE_DEALS_WITH.match(s.text) else None
    if signer:
        # "The agreements were concluded with A on …, with B on … and with C": the article's
        # body signed one with each
        others = [k for k in _actors(s) if k != signer]
        return [
            Found("agreement", (signer, k), "agreement.the_deals_with", 0.7, **common)
            for k in others[:8]
        ]
    if between or not subj or not obj:
        parties = _actors(s) if between or len(subj) < 2 else subj  # "A and B signed …, granting"
        # "A and B, through its Secretariat for X, signed …": the channel is not a party
        parties = [
            k
            for k in parties
            if not any(
                o.key == k and re.search(r",\s*through\s+(?:the\s+|its\s+)?$", s.text[: o.start])
                for o in s.orgs
            )
        ]
        # "between the AU's predecessor, the OAU, and the ICRC": the OAU, not the AU
        parties = [
            k
            for k in parties
            if not any(o.key == k and _PREDECESSOR.match(s.text, o.end) for o in s.orgs)
            or sum(o.key == k for o in s.orgs) > 1
        ]
        signers = _post_orgs(s)
        if len(signers) >= 2 and re.search(r"\bsigned (?:\w+ ){0,6}by\b", s.text):
            parties = signers  # "signed … by X, ROLE of A, and Y, ROLE of B": A and B
        funded = SUPPORT_BY.search(s.text, noun.end()) if not between else None
        if funded and not _keys(s.orgs, 0, funded.start()):
            return []  # "The programme that the new MoU underpins is financed by A and B"
        if len(parties) < 2:
            return []
        return [
            Found(
                "agreement",
                tuple(parties),
                "agreement.between",
                0.8,
                signatories=_signatories(s, parties),
                **common,
            )
        ]
    plural = re.search(  # "signed framework agreements with A and B": one with each
        r"\b(?:agreements|memoranda|memorandums|mous|protocols|accords|deals)\b",
        s.text[noun.start() : noun.end() + 40],
        re.I,
    )
    several = len(subj) == 1 and len(obj) >= 2
    # "a protocol that A and B concluded with C": one protocol of the three (unless each
    # signed its own)
    several = several or (
        len(subj) >= 2 and len(obj) >= 1 and not re.search(r"\b(?:each|separately)\b", s.text)
    )
    if several and not plural:
        # "A signed a memorandum with B and C": one memorandum of the three
        parties = tuple(dict.fromkeys((*subj, *obj)))
        return [
            Found(
                "agreement",
                parties,
                "agreement.with_several",
                0.8,
                signatories=_signatories(s, list(parties)),
                **common,
            )
        ]
    out = []
    for a in subj:
        for b in obj:
            out.append(
                Found(
                    "agreement",
                    (a, b),
                    "agreement.with",
                    0.85,
                    signatories=_signatories(s, [a, b]),
                    **common,
                )
            )
    return out


#: "… is covering the diesel for …", "… is paying for …": a body that pays for work
_COVERS = re.compile(
    r"\s+(?:is|are|has\s+been|have\s+been)\s+(?:also\s+)?(?:covering|paying(?:\s+for)?|funding|"
    r"financing|meeting\s+the\s+costs?\s+of)\s+(?:the\s+)?(?=[a-z])"
)
_AT_DISPOSAL = re.compile(
    r"\b(?:put|puts|placed|places|made|makes)\s+[^.;]{1,100}?\s+at\s+(?:the\s+)?[^.;]{0,60}?"
    r"(?P<owner>['’]s)\s+disposal\b"
)
_TAUGHT_BY = re.compile(
    r"\b(?:learned|learnt|were\s+trained|was\s+trained|received\s+training)\b[^.;]{0,60}?\bfrom\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?(?:instructors|trainers|experts|specialists|coaches)\s+(?:of|from)\s+"
    r"(?:the\s+)?"
)
_THESE = re.compile(r"\b(?:these|this|those)\b")
#: nothing but a post's counter, a bullet, a handle's "@" or "The" before a sentence's subject
_OPENS_WITH = re.compile(r"[\W\d]*(?:[Tt]he\s+)?@?")
#: a signing told with no subject, in a body's own post: "4/10 Just signed in Kharkiv: …"
_SUBJECTLESS_DEAL = re.compile(
    r"^[\W\d]*(?:(?:just|today|this\s+(?:morning|afternoon|evening|week))\s+)?"
    r"(?:signed|renewed|extended|concluded)\b",
    re.I,
)
_LED_BY = re.compile(
    r"\b(?:consortium|alliance|coalition|partnership|group of (?:\w+ )?organi[sz]ations)\s+"
    r"led\s+by\s+(?:the\s+)?",
    re.I,
)
_INCLUDING = re.compile(r"\s*,?\s*(?:and\s+)?(?:including|with|comprising)\s+(?:the\s+)?")


def led_consortium(s: SentenceFacts) -> list[str]:
    """ "A consortium led by A and including B and C …": A, B and C."""
    m = _LED_BY.search(s.text)
    if not m:
        return []
    members = _listed(s, m.end())
    last = max((o.end for o in s.orgs if o.key in members), default=m.end())
    more = _INCLUDING.match(s.text, last)
    if members and more:
        members += [k for k in _listed(s, more.end()) if k not in members]
    return members


#: A clause of its own: "… as A and B renew pact"
_AS_CLAUSE = re.compile(r"\s+as\s+(?=(?:the\s+)?[A-Z][\w'’/-]*(?:\s+[A-Z][\w'’-]*)*\s+and\s+)")


_JOINED_BY = re.compile(r"joined\s+by\b")


def _cue_only_a_member(s: SentenceFacts) -> bool:
    """True when the only alliance word is in the name of a body listed after a membership
    verb: "It brought together A, the Dutch Relief Alliance and B" tells who came, not that
    they formed an alliance (the forum's participants are told by the event rules)."""
    verb = ALLIANCE_VERB.search(s.text)
    if verb is None:
        return False
    members = _MEMBERSHIP_VERB.match(s.text, verb.start())
    # "Its co-hosts were joined by delegations from A, the Start Network and B": came along
    joined_by = _JOINED_BY.match(s.text, verb.start())
    if not members and not joined_by:
        return False
    named = [(o.start, o.end) for o in s.orgs if o.start >= verb.end()]
    return all(any(a <= cue.start() < b for a, b in named) for cue in ALLIANCE.finditer(s.text))


def rule_alliance(s: SentenceFacts) -> list[Found]:
    """Declared alliances, coalitions and consortia."""
    led = led_consortium(s) if "led by" in s.text else []
    if len(led) >= 2:
        date, end = _date(s)
        return [Found("alliance", tuple(led), "alliance.led_by", 0.75, date=date, end_date=end)]
    joined = _joined_alliance(s)
    if joined:
        return joined
    work = _WORK_BRINGS_TOGETHER.search(s.text) if "together" in s.text else None
    if work:
        # "The programme brings together A, B and C to deliver …": its partners
        members = _listed(s, work.end())
        if len(members) >= 2:
            return [_partnership(s, tuple(members), "alliance.work_brings_together")]
    co = _CO_ORGANISED.search(s.text) if "co-" in s.text else None
    if co:
        # "a conference co-organised by the two bodies and UNHCR": its organisers work
        # together (a named event's co-hosts are told with the event itself)
        told = list(s.joint_parties) if co.group("two") else []
        hosts = list(dict.fromkeys([*told, *_listed(s, co.end())]))
        if len(hosts) >= 2:
            return [_partnership(s, tuple(hosts), "alliance.co_organised")]
    if not ALLIANCE.search(s.text) or not ALLIANCE_VERB.search(s.text):
        return []
    if _none_made(s, ALLIANCE_VERB.search(s.text)) or _cue_only_a_member(s):
        return []
    if _THE_ALLIANCE_WAS.match(s.text):
        return []  # "The alliance was announced at the end of the X Forum, which A hosted": told
    cut = _AS_CLAUSE.search(s.text)
    if (
        cut
        and ALLIANCE.search(s.text, 0, cut.start())
        and ALLIANCE_VERB.search(s.text, 0, cut.start())
    ):
        # "Forum launches health alliance as WHO and the Danish Red Cross renew pact": the
        # clause after "as" is another story
        at = cut.start()
        s = replace(s, text=s.text[:at], orgs=[o for o in s.orgs if o.start < at])
    if NOT_DONE.search(s.text[: ALLIANCE_VERB.search(s.text).start()][-25:]):
        return []
    named = {m.key for m in s.orgs if m.key and _ALLIANCE_NAME.search(m.text)}
    members = _MEMBERSHIP_VERB.search(s.text)
    verb = ALLIANCE_VERB.search(s.text)
    if members:
        # the alliance is the verb's subject, its members the object: a member may itself
        # be a network ("… Save the Children and the Start Network")
        named = {m.key for m in s.orgs if m.key in named and m.end <= members.start()}
    elif verb:
        # "A launched the X Alliance with B and the C Network": the name follows the verb;
        # "The X Alliance was formed by …": it precedes a passive one
        after = {
            m.key for m in s.orgs if m.key in named and verb.end() <= m.start <= verb.end() + 16
        }
        passive = re.search(r"\b(?:was|were|has been|have been)\s+$", s.text[: verb.start()])
        if after:
            named = after
        elif passive:
            named = {m.key for m in s.orgs if m.key in named and m.end <= verb.start()}
    parties = [k for k in _actors(s) if k not in named]
    date, end = _date(s)
    owner = s.publisher or s.main_org
    if (
        len(parties) == 1
        and owner
        and owner not in parties
        and verb
        and _IT_SUBJECT.search(s.text, 0, verb.start())
    ):
        # "the institution recalled that since 2021 it maintains an alliance with A"
        parties = [owner, *parties]
    if len(parties) < 2:
        return []
    name = next((m.label or m.text for m in s.orgs if m.key in named), None)
    return [
        Found(
            "alliance", tuple(parties), "alliance.formed", 0.8, name=name, date=date, end_date=end
        )
    ]


#: "The alliance was announced at …": the alliance told before, its members not named here
_THE_ALLIANCE_WAS = re.compile(
    r"^\W*(?:The|This|That)\s+(?:new\s+)?(?:alliance|coalition|consortium)\s+(?:was|has\s+been|"
    r"had\s+been)\s+(?:formally\s+|officially\s+)?[a-z]+ed\s+(?!by\b)(?:at|during|on|in)\b"
)


_WORK_BRINGS_TOGETHER = re.compile(
    r"^\W*(?:The|This|Their|Its)\s+(?:[\w$€£.,-]+\s+){0,7}?(?:programme|program|project|"
    r"initiative|consortium|response|partnership|operation|[Nn]etwork|[Aa]lliance|[Cc]oalition|"
    r"[Pp]latform)\b(?:,[^,]{1,60},)?\s+"
    r"(?:brings|brought|will\s+bring|has\s+brought)\s+together\s+(?:the\s+)?"
)
_IT_SUBJECT = re.compile(
    r"\b(?:it|the\s+(?:institution|society|organi[sz]ation|National\s+Society))\s+"
    r"(?:[a-z]+\s+){0,2}$"
)
_CO_ORGANISED = re.compile(
    r"\b(?:co-(?:organi[sz]ed|hosted|convened|sponsored)|jointly\s+(?:organi[sz]ed|hosted))\s+"
    r"by\s+(?:(?P<two>the\s+two\s+(?:bodies|organi[sz]ations|institutions|partners|societies|"
    r"agencies)(?:\s+and|,))\s+)?(?:the\s+)?"
)


#: "A has joined the X Partnership", "A became the latest member of the X Network"
JOINED_ALLIANCE = re.compile(
    r"\b(?:joined|joins|became\s+(?:the\s+|a\s+|an\s+)?(?:latest\s+|newest\s+|first\s+|"
    r"\d+(?:st|nd|rd|th)\s+)?(?:full\s+)?members?\s+of|"
    r"(?:is|are|(?:has|have)\s+(?:also\s+)?been)\s+(?:now\s+)?(?:a|an)\s+"
    r"(?:full\s+|founding\s+)?members?\s+of)\s+(?:the\s+)?"
)
_ALLIANCE_BODY = re.compile(r"\b(?:Alliance|Coalition|Consortium|Platform|Network|Partnership)\b")
_MEMBER_BODY = re.compile(
    r"\b(?:Alliance|Coalition|Consortium|Platform|Network|Partnership|Forum|Council)\b"
)


_COALITION_WITH = re.compile(
    r"\s*(?:\([^()]{1,20}\))?,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:coalition|alliance|"
    r"partnership|network|consortium)\s+(?:with|of)\s+(?:the\s+)?"
)


def _joined_alliance(s: SentenceFacts) -> list[Found]:
    """A named alliance, network or partnership joined by the subject: a standing alliance
    of the member with it."""
    joined = JOINED_ALLIANCE.search(s.text) if "join" in s.text or "member" in s.text else None
    if not joined or NOT_DONE.search(s.text[max(0, joined.start() - 25) : joined.start()]):
        return []
    # (a Forum one is a member of is a body; one joins a Forum as an event too)
    heads = _MEMBER_BODY if "member" in joined.group(0) else _ALLIANCE_BODY
    body = next(
        (
            o
            for o in s.orgs
            if o.key and joined.end() - 4 <= o.start <= joined.end() and heads.search(o.text)
        ),
        None,
    )
    if body is None:
        return []
    members = [
        k
        for k in _subject_list(s, joined.start()) or _actors(s, 0, joined.start())[-1:]
        if k != body.key
    ]
    if not members:
        return []
    date, end = _date(s)
    fellows = _COALITION_WITH.match(s.text, body.end)
    others = [k for k in _listed(s, fellows.end()) if k not in members] if fellows else []
    if others:
        # "A has been a member of the X Alliance, a standing coalition with B and C": the
        # alliance of all three (its name names it, it is not a fourth party)
        return [
            Found(
                "alliance",
                (*members, *others),
                "alliance.joined_with",
                0.75,
                name=body.label or body.text,
                date=date,
                end_date=end,
            )
        ]
    return [
        Found(
            "alliance",
            (*members, body.key),
            "alliance.joined",
            0.75,
            name=body.label or body.text,
            date=date,
            end_date=end,
        )
    ]


AID_THROUGH = re.compile(
    r"^\W*(?:The|This|These|Such|That)\s+(?:[\w-]+\s+){0,2}(?:aid|assistance|funding|grant|"
    r"contribution|donation|support|funds|money)\b[^.;]{0,40}?\b(?:provided|channell?ed|"
    r"delivered|implemented|disbursed|given|sent)\s+(?:to\s+\w+\s+)?through\s+(?:the\s+)?"
)
_USED_BY = re.compile(
    r"\b(?:used|implemented|distributed|managed|spent)\s+by\s+(?:the\s+)?|\bto\s+(?:help\s+)?the\s+"
)


#: "A, through B, is funding … run by C and D": A's money goes through B to C and D
FUNDING_THROUGH = re.compile(
    r",\s*(?:through|via)\s+(?:the\s+)?(?P<channel>[^,]{3,80}?),\s*(?:is|are|has\s+been|"
    r"have\s+been|will\s+be|was|were|has|have)?\s*(?:also\s+)?(?:funding|financing|supporting|"
    r"funds|finances|supports|funded|financed|supported)\b"
)


#: "A provided USD 250,000 through B": A's money, carried by B (to the article's society)
AMOUNT_THROUGH = re.compile(
    r"\b(?:provided|gave|contributed|donated|channell?ed|allocated|granted)\s+(?:an?\s+)?"
    r"(?:(?:[A-Z]{3}|US\$|\$|€|£)\s*[\d.,]+(?:\s+(?:million|billion))?|[\d.,]+\s+(?:million\s+)?"
    r"(?:US\s+)?(?:dollars|euros|francs))\s+(?:\w+\s+){0,3}?(?:through|via)\s+(?:the\s+)?"
)


#: "The programme is made possible by a EUR 6 million contribution from A through B"
_WORK_PAID_BY = re.compile(
    r"^\W*(?:The|This|These|Its|Their)\s+(?:[\w-]+\s+){0,3}?(?:programme|program|project|"
    r"operation|response|initiative|work|activities|campaign|partnership)\s+(?:is|was|are|were|"
    r"has\s+been|have\s+been)\s+(?:made\s+possible|funded|financed|supported)\s+(?:by|through|"
    r"thanks\s+to)\s+(?:a|an|the)\s+(?:[\w$€£.,-]+\s+){0,5}?(?:contribution|grant|donation|"
    r"funding|gift|allocation)\s+from\s+(?:the\s+)?"
)


#: "Training for 600 volunteers is being paid for by A": work with no owner named, paid by A
_ACTIVITY_PAID_BY = re.compile(
    r"^\W*(?:Training|Construction|Transport|Repairs?|Rehabilitation|Refurbishment|Printing|"
    r"Procurement|Shipping|Storage|Purchase|The\s+(?:cost|costs|purchase|training|construction|"
    r"transport|printing|procurement|rehabilitation|refurbishment)\s+of)\b[^.;]{0,120}?\s+"
    r"(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+(?:being\s+)?(?:paid\s+for|"
    r"funded|financed|sponsored|covered|met|underwritten)\s+by\s+(?:the\s+)?"
)


def _work_paid_by(s: SentenceFacts, m: re.Match[str], date: DateValue | None) -> list[Found]:
    """ "The programme is made possible by a contribution from A through B": A (and B, its
    channel) support the programme's funder when it was just told, else its partners."""
    providers = _listed(s, m.end())[:1]
    via = re.match(r"[^.;]{0,80}?\b(?:through|via)\s+(?:the\s+)?", s.text[m.end() :])
    channel = [k for k in _listed(s, m.end() + via.end()) if k not in providers][:1] if via else []
    if s.last_funder and s.last_funder in s.joint_parties:
        recipients = [s.last_funder]  # the partner that pays for the programme
    else:
        recipients = _subject_referents(s, m.end())
    recipients = [k for k in recipients if k not in providers + channel]
    return _supports(providers + channel, recipients, "support.work_paid_by", 0.65, date)


def _amount_through(s: SentenceFacts, date: DateValue | None) -> list[Found]:
    """ "A provided USD 250,000 through B for …": A supports B, and both support the
    society the article is about when it is neither."""
    m = AMOUNT_THROUGH.search(s.text)
    if not m:
        return []
    funder = _actors(s, 0, m.start())[-1:]
    channel = [k for k in _listed(s, m.end()) if k not in funder][:1]
    if not funder or not channel:
        return []
    out = _supports(funder, channel, "support.amount_through", 0.7, date)
    owner = _article_society(s)
    if owner and owner not in funder + channel and owner not in _keys(s.orgs):
        out += _supports(funder + channel, [owner], "support.channel", 0.6, date)
    return out


def _funding_through(s: SentenceFacts, date: DateValue | None) -> list[Found]:
    """ "A, through B, is funding a programme run by C and D": A supports B, C and D; B
    supports C and D."""
    m = FUNDING_THROUGH.search(s.text)
    if not m:
        return []
    funder = _actors(s, 0, m.start())[-1:]
    channel = [k for k in _keys(s.orgs, m.start("channel"), m.end("channel")) if k not in funder]
    by = _IMPLEMENTED_BY.search(s.text, m.end())
    doers = _listed(s, by.end()) if by else _listed(s, m.end() + 1)
    doers = [k for k in doers if k not in funder and k not in channel]
    if not funder or not (channel or doers):
        return []
    out = _supports(funder, channel + doers, "support.funding_through", 0.7, date)
    return out + _supports(channel, doers, "support.channel", 0.6, date)


#: Others asked or enabled to give: "to let people donate", "urged the public to donate"
_INVITED_TO = re.compile(
    r"\b(?:(?:let|lets|help|helps|make|makes)\s+(?:people|the\s+public|everyone|citizens|residents|"
    r"users|customers|individuals|donors|companies)\s+"
    r"|(?:allow|allows|enable|enables|invite[sd]?|encourage[sd]?|urge[sd]?|ask(?:s|ed)?|"
    r"call(?:s|ed)?\s+on)\s+(?:people|the\s+public|everyone|citizens|residents|users|customers|"
    r"individuals|donors|companies)\s+to\s+)$"
)
#: A sentence about "the appeal" the article told
_THE_APPEAL = re.compile(r"\W*(?:The|This)\s+(?:[\w-]+\s+){0,2}appeal\s+(?:\w+\s+){0,2}$")
#: What may stand between "supported by" and the list of supporters
#: "…, PRC chairman A B said": a post right after a body names its speaker
_SPEAKER_POST = re.compile(r"\s+(?:[a-z]+\s+)?(?:" + ROLE_RE.pattern + ")", re.I)
_PARTNERS_LEAD = re.compile(
    r"\s*(?:(?:[A-Z]\w+\s+|its\s+|their\s+|several\s+|\d+\s+)?(?:partners|donors)\s*"
    r"(?:\(|,|:|such\s+as|including)?\s*)?"
    r"(?::\s*[-–•*·▪]\s+)?(?:the\s+)?"  # "supported by:\n- the German Red Cross\n- …"
    # "paid for by telecoms operator Smart Communications": the company's trade before it
    r"(?:(?:[a-z]+\s+)?(?:operator|company|chain|group|firm|bank|giant|provider|retailer|"
    r"carrier|manufacturer|insurer|lender|conglomerate)\s+(?=[A-Z]))?"
)
#: "the IFRC's emergency appeal": whose appeal it is
_APPEAL_OF = re.compile(r"\b([A-Z][\w-]+)['’]s\s+(?:[\w-]+\s+){0,3}appeal\b")


def _aid_through(s: SentenceFacts, date: DateValue | None) -> list[Found]:
    """ "This aid will be provided through A and will be used by B": the funder told before
    supports A, and A (and the funder) B."""
    m = AID_THROUGH.search(s.text)
    if not m or not s.last_funder:
        return []
    channel = [k for k in _listed(s, m.end()) if k != s.last_funder][:1]
    used = _USED_BY.search(s.text, m.end())
    users = [k for k in _listed(s, used.end()) if k not in channel] if used else []
    if not users and s.last_funded and s.last_funded not in channel + [s.last_funder]:
        users = [
            s.last_funded
        ]  # "The funding [just told for B], delivered through C": C carries it
    out = _supports([s.last_funder], channel + users, "support.aid_through", 0.65, date)
    return out + (_supports(channel, users, "support.channel", 0.6, date) if channel else [])


AWARDED = re.compile(
    r"\b(?:has|have)\s+been\s+awarded\s+(?:an?\s+)?(?P<what>[^.;]{0,60}?)\b(?:grant|contract|"
    r"funding|award|tender)s?\b(?P<by>[^.;]{0,60}?\bby\s+(?:the\s+)?)?",
    re.I,
)


#: "A has awarded a US$750,000 grant to B", "A awarded B a grant"
AWARDS = re.compile(
    r"\b(?:has\s+|have\s+|had\s+)?(?:awarded|announced|approved)\s+(?:an?\s+|the\s+)?"
    r"(?P<what>(?:[^.;]|\.\d){0,60}?)\b(?:grant|"
    r"contract|award|scholarship|subsidy|subsidies)s?\s+(?:of\s+[^.;]{0,40}?\s+)?to\s+(?:the\s+)?",
    re.I,
)


#: "awarded the Polish Red Cross a grant": the taker named between the verb and the award
_AWARDED_WHOM = re.compile(r"(?<!been )\b(?:awarded|granted|gave|handed)\s+(?:the\s+)?(?=[A-Z])")
_A_GRANT = re.compile(
    r"\s+(?:a|an)\s+(?:[\w$€£.,-]+\s+){0,3}?(?:grant|contract|award|subsidy|allocation)s?\b"
)


def _awarded(s: SentenceFacts, date: DateValue | None) -> list[Found]:
    """ "A has been awarded a grant of … by B", "A consortium … has been awarded a European
    Union contract": B (or the body named in the award) supports A, or each member; "A has
    awarded a grant to B": A supports B."""
    m = AWARDED.search(s.text)
    if not m:
        active = AWARDS.search(s.text)
        named = _AWARDED_WHOM.search(s.text) if not active else None
        if named:
            # "A, which last month awarded B a grant of €4 million": A supports B
            taker = [o.key for o in s.orgs if o.key and o.start == named.end()]
            givers = [k for k in _actors(s, 0, named.start()) if k not in taker][-1:]
            after = _A_GRANT.match(s.text, next((o.end for o in s.orgs if o.key in taker), 0))
            if taker and givers and after:
                return _supports(givers, taker[:1], "support.awards", 0.7, date)
        if not active or re.search(r"\bbeen\s+$", s.text[: active.start() + 1]):
            return []
        givers = _actors(s, 0, active.start())[-1:]
        receivers = [k for k in _listed(s, active.end()) if k not in givers]
        return _supports(givers, receivers, "support.awards", 0.7, date) if givers else []
    inside = _keys(s.orgs, m.start("what"), m.end("what"))
    providers = (_keys(s.orgs, m.end(), m.end() + 4) if m.group("by") else []) or inside
    recipients = led_consortium(s) or _actors(s, 0, m.start())[-1:]
    recipients = [r for r in recipients if r not in providers]
    if not providers or not recipients:
        return []
    return _supports(providers[:1], recipients, "support.awarded", 0.7, date)


def _supports(
    providers: list[str],
    recipients: list[str],
    rule: str,
    confidence: float,
    date: DateValue | None,
) -> list[Found]:
    """One support node per provider and recipient (never an organisation to itself)."""
    return [
        Found("support", (p,), rule, confidence, recipients=(r,), date=date)
        for p in providers
        for r in recipients
        if p != r
    ]


#: "A flew 30 tonnes of aid to Beirut free of charge on behalf of B": a service done for B
#: Carrying verbs, then up to one clause (decimals such as "3.2 tonnes" do not end it)
_CARRIED = (
    r"\b(?:transported|flew|carried|shipped|airlifted|trucked|delivered|moved|stored|printed|"
    r"transports|flies|carries|ships|airlifts|delivers|carry\s+out|carries\s+out|carried\s+out|"
    r"distribute[sd]?|implement(?:s|ed)?|run|runs|ran|manage[sd]?|"
    # "has sent free text messages on behalf of the society"
    r"sent|sends|broadcast|broadcasts|relayed|relays|texted)\b(?:[^.;]|\.\d){0,140}?"
)
#: "free of charge", "at no cost": a service given, not sold
_FREE = r"(?:free\s+of\s+charge|at\s+no\s+cost)"
CARRIED_FOR = re.compile(
    _CARRIED + rf"\b(?:{_FREE}\s+(?:for|on\s+behalf\s+of)|on\s+behalf\s+of)\s+(?:the\s+)?"
)


#: "The trucks were provided free of charge by A": A's service to the article's society
_FREE_BY = re.compile(
    r"\b(?:(?:was|were|are|is|been)\s+)?(?:provided|supplied|lent|loaned|offered|given|made\s+"
    r"available|transported|carried|flown|shipped|trucked|airlifted)\s+(?:[^.;]{0,60}?\s)?"
    rf"{_FREE}\s+by\s+(?:the\s+)?"
)


def _carried_for(s: SentenceFacts, date: DateValue | None) -> list[Found]:
    free_by = _FREE_BY.search(s.text)
    owner = s.publisher or _article_society(s) if free_by else None
    if free_by and owner:
        end = free_by.end()
        doer = [k for k in _keys(s.orgs, end, end + 40) if k != owner][:1]
        return _supports(doer, [owner], "support.free_by", 0.6, date)
    m = CARRIED_FOR.search(s.text)
    if m is None and s.publisher:
        # "A carried 3 tonnes of relief items … free of charge, saving us …": for the writer
        m = _CARRIED_FREE.search(s.text)
        free = [s.publisher] if m and FIRST_PERSON.search(s.text, m.end()) else []
    else:
        free = []
    if not m or NOT_DONE.search(s.text[max(0, m.start() - 25) : m.start()]):
        return []
    served = free or _listed(s, m.end())[:1]
    doer = [k for k in _actors(s, 0, m.start()) if k not in served][-1:]
    return _supports(doer, served, "support.carried_for", 0.65, date) if doer and served else []


_CARRIED_FREE = re.compile(_CARRIED + rf"\b{_FREE}\b")


#: "A has seconded four doctors to B", "A loaned two warehouses in Tema to B": people or
#: means put at B's disposal
LENT_TO = re.compile(
    r"\b(?:seconded|loaned|lent|assigned|made\s+available)\s+(?P<what>(?:[\w,’'()-]+\s+){0,8}?)"
    r"to\s+(?:the\s+)?"
)
_LENT_WHAT = re.compile(
    r"\b(?:(?:doctor|nurse|expert|delegate|specialist|volunteer|engineer|logistician|paramedic|"
    r"surgeon|team|warehouse|vehicle|truck|boat|office|coordinator|manager|officer|adviser|"
    r"advisor|technician|pharmacist|psychologist|building|analyst|epidemiologist|hydrologist|"
    r"planner|trainer|instructor|medic|midwife|mechanic|driver|interpreter|"
    r"facilitator)s?|staff|personnel|premises|space|land|"
    r"equipment)\b"
)


_LENT_US = re.compile(r"\b(?:lent|loaned|seconded|made\s+available\s+to)\s+us\b")


def _lent_to(s: SentenceFacts, date: DateValue | None) -> list[Found]:
    m = (
        LENT_TO.search(s.text)
        if (
            "lent" in s.text
            or "loan" in s.text
            or " us " in s.text
            or "second" in s.text
            or "assigned" in s.text
            or "available" in s.text
        )
        else None
    )
    lent_us = _LENT_US.search(s.text) if s.publisher and " us " in s.text else None
    if lent_us and not NOT_DONE.search(s.text[max(0, lent_us.start() - 25) : lent_us.start()]):
        # "The island council has lent us a warehouse": means lent to the writer
        giver = [k for k in _actors(s, 0, lent_us.start()) if k != s.publisher][-1:]
        return _supports(giver, [s.publisher], "support.lent", 0.65, date) if giver else []
    if not m or not _LENT_WHAT.search(m.group("what")):
        return []
    if NOT_DONE.search(s.text[max(0, m.start() - 25) : m.start()]):
        return []
    taker = _listed(s, m.end())[:1]
    if not taker and _THE_OPERATION.match(s.text, m.end()):
        # "A seconded a WASH delegate to the operation": to the article's society's operation
        taker = [k for k in (_article_society(s),) if k]
    giver = [k for k in _actors(s, 0, m.start()) if k not in taker][-1:]
    return _supports(giver, taker, "support.lent", 0.65, date) if giver and taker else []


_THE_OPERATION = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?:operation|response|appeal|relief\s+effort)s?"
    # (not "the provincial operations centre", "the response of the X Red Cross")
    r"(?=\s*[,.;]|\s+(?:and|in|for|to|on|at|from|until|since|as)\b(?!\s+[A-Z]))"
)


#: "The EU is a major contributor to the DREF": a standing funder of that body (the DREF
#: and the Emergency Appeals being the IFRC's)
#: "The state government provided trucks for the distribution": means for the work the
#: article tells, so for its society (no recipient is named)
_MEANS_FOR_WORK = re.compile(
    r"\b(?:provided|supplied|offered|made\s+available|(?:is|are)\s+(?:providing|supplying))\s+"
    r"(?:[\w-]+\s+){0,3}?(?:trucks|lorries|"
    r"vehicles|boats|helicopters|aircraft|buses|warehouse\s+space|warehouses|storage\s+space|"
    r"storage|premises|office\s+space|fuel|drivers|staff|personnel|delegates|experts|"
    r"specialists|surgeons|doctors|nurses|medics|engineers)\s*(?:[.;]|$|"
    r"(?P<team>to\s+the\s+(?:[\w-]+\s+)?(?:team|unit|mission|hospital|deployment)\b)|"
    r"(?:for|to\s+support|to\s+help\s+with)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}(?:distributions?|response|operations?|efforts?|relief|"
    r"deliver(?:y|ies)|work|convoys?|evacuations?)\b)"
)


def _means_for_work(s: SentenceFacts, date: DateValue | None) -> list[Found]:
    """ "A provided trucks for the distribution", "A has offered warehouse space": A helps
    the article's society, which the sentence does not name."""
    m = _MEANS_FOR_WORK.search(s.text)
    if not m or any(o.key and o.start >= m.start() for o in s.orgs):
        return []
    before = _actors(s, 0, m.start())
    # "Partner societies, including A and B, have offered staff": each of them
    giver = before[-3:] if re.search(r"\bincluding\b", s.text[: m.start()]) else before[-1:]
    # "provided two surgeons to the team": to the sender of the mission just told
    owner = (m.group("team") and s.last_sender) or _article_society(s)
    giver = [k for k in giver if k != owner]
    if not giver or not owner:
        return []
    return _supports(giver, [owner], "support.means_for_work", 0.55, date)


CONTRIBUTOR_TO = re.compile(
    r"(?:\b(?:is|are|was|were|has\s+been|have\s+been|remains|remain)\s+(?:one\s+of\s+)?(?:a|an|the)?\s*"
    # or in apposition: "The Canadian Red Cross, a long-time donor to the Haitian Red Cross, …"
    r"|\)?\s*,\s*(?:a|an|the)\s+)"
    r"(?:[\w-]+\s+){0,2}(?:contributors?|donors?|funders?)\s+(?:to|of)\s+(?:the\s+)?"
)
_IFRC_FUND = re.compile(
    r"(?:IFRC['’]s\s+)?(?:DREF|Disaster\s+Response\s+Emergency\s+Fund|Emergency\s+Appeal)\b"
)


def _contributor_to(s: SentenceFacts, date: DateValue | None) -> list[Found]:
    m = CONTRIBUTOR_TO.search(s.text)
    if not m or NOT_DONE.search(s.text[max(0, m.start() - 25) : m.start()]):
        return []
    taker = _listed(s, m.end())[:1]
    if not taker and _IFRC_FUND.match(s.text, m.end()) and "ifrc" in s.doc_orgs:
        taker = ["ifrc"]
    giver = [
        k for k in _subject_list(s, m.start()) or _actors(s, 0, m.start())[:1] if k not in taker
    ]
    return (
        _supports(giver[:1], taker, "support.contributor_to", 0.65, date) if giver and taker else []
    )


#: "fund twelve mobile units operated by": the work of the body named next
_RUN_BY = re.compile(
    r"\s+(?!the\s+(?:work|programme|project)\b)[^.;,]{0,60}?\b(?:run|operated|managed|"
    r"implemented|staffed)\s+by\s+(?:the\s+)?(?=[A-Z])"
)


_VISITED_THING = re.compile(
    r"\bvisit(?:ed|ing|s)?\s+(?:an?|the|two|three|four|several)\s+(?![A-Z])[^,;]{0,60}$"
)
_COUNTRY_PART = re.compile(
    r"^\W*The\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:component|part|arm|portion|leg|strand|"
    r"segment)\s+of\b"
)


def _society_of(country: str) -> str | None:
    """The key of the National Society of a country named or told by its adjective."""
    code = country_code(country)
    key = f"ns-{code.lower()}" if code else None
    return key if key in gazetteer().orgs else None


_THEY_DID = re.compile(
    r"^(?:[^,]{0,40},\s*|[A-Z][^,]{0,30}?\s)?(?:they|it|They|It)\s+(?:have|has|had)\s"
)
#: "it" as the subject of the verb that follows, the sentence's first word or after an
#: opening phrase ("In Somalia, it has been …")
_IT_DOES = re.compile(
    r"^\W*(?:(?:In|Since|From|Across|Throughout|For|Over|Last|This|Elsewhere)\b[^,]{0,40},\s*)?"
    r"(?:it|It)\s+(?:(?:has|had|have|is|was|also|will|would|now|still|continues\s+to|"
    r"been|already|further)\s+){0,3}$"
)
_WHICH_RELAYS = re.compile(
    r",\s*which\s+(?:in\s+turn\s+)?(?:channels|channel|passes\s+on|relays|draws\s+on)\s+"
    r"(?:a|an|the|its)?\s*(?:[\w-]+\s+){0,3}?(?:grant|funding|funds|money|contribution)s?\s+"
    r"(?:from|by)\s+(?:the\s+)?"
)
_THROUGH_PARTNERSHIP = re.compile(
    r"[^.;,]{1,160}?\s+(?:through|under|via)\s+(?:(?:its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:[Pp]artnership|[Aa]greement|[Cc]ooperation|[Gg]rant)\s+with|"
    # "financed by A through a grant to B"
    r"(?:a|an|its|their)\s+(?:[\w$€£.,-]+\s+){0,3}?(?:grant|contribution|allocation)\s+to)"
    r"\s+(?:the\s+)?"
)
_BY_THROUGH = re.compile(r"[^.;,]{1,100}?\s+(?:through|via)\s+(?:the\s+)?(?=[A-Z])")
_CHANNELLED_THROUGH = re.compile(
    r",\s*which\s+(?:(?:is|was|has\s+been)\s+)?(?:channell?(?:ing|s|ed)|pass(?:ing|es|ed)|"
    r"disburs(?:ing|es|ed)|transferr?(?:ing|s|ed))\s+"
    r"(?:the\s+|its\s+)?(?:money|funds|funding|grant|it)\s+(?:through|via|to)\s+(?:the\s+)?"
)
_GRANT_TO_BY = re.compile(
    r"\b(?:grant|contribution|donation|gift|award)\b[^.;]{0,20}?\b(?:awarded|given|made|granted|"
    r"provided|allocated)\s+to\s+(?:the\s+)?(?P<to>)[^.;]{1,80}?\s+by\s+(?:the\s+)?"
)
_WITH_GIVEN_BY = re.compile(
    r"\bwith\s+(?:[\w-]+\s+){1,6}?(?:provided|supplied|donated|lent|loaned)\s+by\s+(?:the\s+)?"
)
_PRONOUN_SUBJECT = re.compile(r"^\W*(?:He|She)\s+(?:also\s+|then\s+|further\s+)?[a-z]+ed\b")
_RUN_BY_BEFORE = re.compile(
    r"\b(?:run|operated|managed|implemented|staffed)\s+by\s+(?:the\s+)?[A-Z][^,;]{0,60}$"
)


#: "A passes the funds on to B and C": A channels money to them
_PASSES_ON = re.compile(
    r"\b(?:pass(?:es|ed)?|hand(?:s|ed)?|forward(?:s|ed)?|on-grant(?:s|ed)?)\s+(?:the|these|this|"
    r"those|its|their|all|most)\s+(?:[\w-]+\s+)?(?:funds|money|funding|grant|contribution|"
    r"allocation|resources)\s+on\s+to\s+(?:the\s+)?"
)


def _passes_on(s: SentenceFacts, date: DateValue | None) -> list[Found]:
    m = _PASSES_ON.search(s.text)
    if not m or NOT_DONE.search(s.text, max(0, m.start() - 25), m.start()):
        return []
    takers = _listed(s, m.end())
    giver = [k for k in _actors(s, 0, m.start()) if k not in takers][-1:]
    return _supports(giver, takers, "support.passed_on", 0.65, date) if giver else []


#: ", channelled through the Austrian Red Cross": the funds passed through a body
_CHANNELLED = re.compile(
    r",\s*(?:which\s+(?:is|are|was|were)\s+)?(?:channell?ed|passed|routed|disbursed|managed)\s+"
    r"(?:through|via|by)\s+(?:the\s+)?"
)


def _channelled(
    s: SentenceFacts, m: re.Match[str], clause_end: int, via: re.Match[str], date: DateValue | None
) -> list[Found]:
    """ "The programme has run since 2016 with funding from A, channelled through B": A funds
    B and the work's owner (the sentence's subject, else the article's society); B passes
    the funds on to the owner."""
    givers = _keys(s.orgs, m.end(), clause_end)
    through = [k for k in _keys(s.orgs, via.end(), via.end() + 60) if k not in givers][:1]
    owner = [k for k in _keys(s.orgs, 0, m.start()) if k not in givers][:1] or [
        k for k in (_article_society(s),) if k and k not in givers and k not in through
    ]
    if not givers or not through or not owner or owner == through:
        return []
    return [
        *_supports(givers, [*through, *owner], "support.channelled_through", 0.7, date),
        *_supports(through, owner, "support.channelled_through", 0.65, date),
    ]


_DRAWING_ON_FUNDS = re.compile(
    r",\s+(?:drawing\s+on|using)\s+(?:funding|funds|money|a\s+grant|a\s+contribution)\s+"
    r"from\s+(?:the\s+)?"
)
_FUNDS_IT_RECEIVES = re.compile(
    r",?\s+with\s+(?:the\s+)?(?:funds|money|funding|a\s+grant)\s+(?:that\s+|which\s+)?"
    r"(?P<who>(?:the\s+)?[^,;]{2,60}?)\s+(?:receives|received|gets|got|obtains)\s+from\s+(?:the\s+)?"
)


#: "… with our technical support" (the writer's)
_WITH_OUR_SUPPORT = re.compile(
    r"\bwith\s+our\s+(?:own\s+)?(?:(?:financial|technical|logistical|continued|operational)\s+"
    r"(?:and\s+\w+\s+)?)?(?:support|funding|help|assistance|backing)\b"
)
#: "Together with the X Red Crescent (XRC) we rehabilitated …"
_TOGETHER_WITH_WE = re.compile(
    r"^\W*(?:In\s+[^,]{1,40},\s*)?[Tt]ogether\s+with\s+(?:the\s+)?"
    r"([A-Z][^,;()]{2,80}?)(?:\s*\([^()]{1,12}\))?,?\s+we\s+(?:have\s+|also\s+)?[a-z]+ed\b"
)
#: "A grant from A to B", "The donation of EUR 50,000 from A to B"
_A_GRANT_FROM = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:[\w$€£.,-]+\s+){0,4}?(?P<what>grant|contribution|donation|gift)"
    r"\s+(?:of\s+[^.;]{1,30}?\s+)?from\s+(?:the\s+)?"
)
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while)\s+(?=(?:the|its|their|[A-Z]))|;\s+")
_WHICH_FUNDED = re.compile(
    r",\s+which\s+(?:the\s+)?(?P<who>[A-Z][^,;.]{1,60}?)\s+(?:has|have|had)\s+(?:long\s+|also\s+)?"
    r"(?:funded|financed|supported|paid\s+for|sponsored|backed)\b"
)
#: "contributions to WFP by A and B", "funding to the IFRC from A"
_GIVEN_TO_BY = re.compile(
    r"\b(?:contributions?|donations?|grants?|funding|pledges?)\s+to\s+(?:the\s+)?(?=[A-Z])"
)
_BY_AFTER = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:by|from)\s+(?:the\s+)?")
_TO_AFTER = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+to\s+(?:the\s+)?")
#: "costs … were met by", "the cost of … is covered by"
_COSTS_MET_BY = re.compile(
    r"\b(?:costs?|expenses|bills?|fees)\b[^.;]{0,70}?\b(?:were|was|are|is|will\s+be|"
    r"(?:has|have)\s+been)\s+(?:fully\s+|partly\s+|largely\s+|entirely\s+)?"
    r"(?:met|covered|paid|borne|underwritten)\s+by\s+(?:the\s+)?"
)


def _relative_support(s: SentenceFacts, m: re.Match[str], date: DateValue | None) -> list[Found]:
    """ "… with A and B, which have deployed teams": every organisation of that list
    supports the body the sentence is about."""
    provider = _subject_list(s, m.start()) or _keys(s.orgs, 0, m.start())[-1:]
    recipients = [k for k in _actors(s, 0, m.start()) if k not in provider][:1]
    if provider and recipients:
        return _supports(provider, recipients, "support.which_provided", 0.65, date)
    return []


def _which_also_supports(
    s: SentenceFacts, start: int, told: list[Found], date: DateValue | None
) -> list[Found]:
    """ "… with funding from A, and with the accompaniment of C, which supports the society's
    anticipatory action": C's support too, told in a relative clause after the first."""
    which = RELATIVE_SUPPORT.search(s.text, start)
    pairs = {(f.parties, f.recipients) for f in told}
    more = _relative_support(s, which, date) if which else []
    return [f for f in more if (f.parties, f.recipients) not in pairs]


def rule_support(s: SentenceFacts) -> list[Found]:
    """A supports, funds or assists B: "with funding from A, B …", "A supports B"."""
    out: list[Found] = []
    date, _ = _date(s)
    if " on to " in s.text:
        passed = _passes_on(s, date)
        if passed:
            return passed
    grant = _A_GRANT_FROM.search(s.text) if " from " in s.text and " to " in s.text else None
    if grant and not NOT_DONE.search(s.text, 0, grant.start()):
        # "A grant from the X Foundation to the Canadian Red Cross covered travel for …"
        giver = next((o for o in s.orgs if o.key and o.start == grant.end()), None)
        to = _TO_AFTER.match(s.text, giver.end) if giver else None
        taker = _listed(s, to.end())[:1] if to else []
        if giver and taker and taker[0] != giver.key:
            kind = "donation" if grant.group("what") in ("donation", "gift") else "support"
            return [
                Found(
                    kind,
                    (giver.key,),
                    "support.grant_from_to",
                    0.65,
                    recipients=(taker[0],),
                    date=date,
                )
            ]
    which = _WHICH_FUNDED.search(s.text) if ", which " in s.text else None
    if which:
        # "… held at the Tonga Red Cross warehouse in Neiafu, which New Zealand Red Cross has
        # funded since 2022": the funder of the owner's thing
        giver = next(
            (
                o.key
                for o in s.orgs
                if o.key and which.start("who") - 4 <= o.start <= which.start("who")
            ),
            None,
        )
        owner = [
            o.key
            for o in s.orgs
            if o.key and which.start() - 70 <= o.end <= which.start() and o.key != giver
        ][-1:]
        if giver and owner and not NOT_DONE.search(s.text, which.start(), which.end()):
            return _supports([giver], owner, "support.which_funded", 0.6, date)
    given_to = _GIVEN_TO_BY.search(s.text) if " to " in s.text else None
    if given_to and not NOT_DONE.search(s.text, 0, given_to.start()):
        # "… comes from contributions to WFP by Germany's Federal Foreign Office and ECHO"
        taker = next((o for o in s.orgs if o.key and o.start == given_to.end()), None)
        by = _BY_AFTER.match(s.text, taker.end) if taker else None
        givers = [k for k in _listed(s, by.end()) if k != taker.key] if by and taker else []
        if taker and givers:
            return _supports(givers, [taker.key], "support.contributions_to_by", 0.65, date)
    if "awarded" in s.text or " grant" in s.text:
        awarded = _awarded(s, date)
        if awarded:
            return awarded
    ours = _WITH_OUR_SUPPORT.search(s.text) if s.publisher and "our" in s.text else None
    if ours and not NOT_DONE.search(s.text, 0, ours.start()):
        # "The clinics are run by the Kenya Red Cross Society with our technical support", in
        # a body's own report: the writer supports the one that runs them
        takers = [k for k in _actors(s, 0, ours.start()) if k != s.publisher][-1:]
        if takers:
            return _supports([s.publisher], takers, "support.with_our", 0.6, date)
    disposal = _AT_DISPOSAL.search(s.text) if "disposal" in s.text else None
    if disposal and not NOT_DONE.search(s.text, 0, disposal.start()):
        # "The Spanish Red Cross … has put its water-treatment module at the CRP's disposal"
        taker = [
            o.key
            for o in s.orgs
            if o.key and o.end in (disposal.start("owner"), disposal.end("owner"))
        ]
        giver = [k for k in _actors(s, 0, disposal.start()) if k not in taker][:1]
        if taker and giver:
            return _supports(giver, taker, "support.at_disposal", 0.65, date)
    taught = _TAUGHT_BY.search(s.text) if " from " in s.text else None
    if taught and s.main_org and not NOT_DONE.search(s.text, 0, taught.start()):
        # "skills they learned in 2025 from instructors of the Cuban Red Cross", in a story
        # of another society: the instructors' body trained its people
        teacher = [k for k in _listed(s, taught.end()) if k != s.main_org][:1]
        learners = [k for k in _actors(s, 0, taught.start()) if k not in teacher][:1] or [
            s.main_org
        ]
        if teacher and learners[0] != teacher[0]:
            return _supports(teacher, learners, "support.taught_by", 0.55, date)
    covers = _COVERS.search(s.text) if s.publisher and "ing " in s.text else None
    if covers and (FIRST_PERSON.search(s.text) or _THESE.search(s.text, covers.end())):
        # "The @ICRC is covering the diesel for the generators at eight of these points", in a
        # body's own post: it pays for the writer's work
        named = [o for o in s.orgs if o.key]
        if (
            len({o.key for o in named}) == 1
            and named[0].end == covers.start()
            and _OPENS_WITH.fullmatch(s.text[: named[0].start])
            and named[0].key != s.publisher
        ):
            return _supports([named[0].key], [s.publisher], "support.covers", 0.55, date)
    together = _TOGETHER_WITH_WE.match(s.text) if s.publisher else None
    if together and (s.publisher or "").startswith("ns-"):
        # "Together with the Syrian Arab Red Crescent we rehabilitated 14 water stations", in
        # a society's own report: its work with (for) the society it names
        partner = [k for k in _keys(s.orgs, together.start(1), together.end(1))[:1]]
        if partner and partner[0].startswith("ns-") and partner[0] != s.publisher:
            return _supports([s.publisher], partner, "support.together_with_we", 0.55, date)
    costs = _COSTS_MET_BY.search(s.text) if " by " in s.text else None
    if costs and not NOT_DONE.search(s.text, 0, costs.start()):
        # "The Irish Red Cross's costs for the conference were met by A": A pays the costs of
        # the body whose they are (else of the event's host, else of the article's society)
        payer = _listed(s, costs.end())[:1]
        owners = (
            _keys(s.orgs, 0, costs.start())[-1:]
            or [k for k in (s.event_host, _article_society(s)) if k][:1]
        )
        if payer and owners and payer != owners:
            return _supports(payer, owners, "support.costs_met", 0.65, date)
    possible = _WORK_PAID_BY.match(s.text) if "from" in s.text else None
    if possible:
        return _work_paid_by(s, possible, date)
    paid = _ACTIVITY_PAID_BY.match(s.text) if " by " in s.text else None
    if paid and not any(o.start < paid.end() - 4 for o in s.orgs):
        # "Training for 600 volunteers is being paid for by A": A pays for the work of the
        # society the article is about
        payer = _listed(s, paid.end())[:1]
        owner = _article_society(s)
        if payer and owner and owner not in payer:
            return _supports(payer, [owner], "support.activity_paid_by", 0.6, date)
    drawing = _DRAWING_ON_FUNDS.search(s.text) if " from " in s.text else None
    if drawing:
        # "A, drawing on funding from B, financed that round": B funds A (and A's own act is
        # read with the aside blanked)
        end = s.text.find(",", drawing.end())
        givers = _keys(s.orgs, drawing.end(), end if end > 0 else len(s.text))[:1]
        takers = [k for k in _actors(s, 0, drawing.start()) if k not in givers][-1:]
        out += _supports(givers, takers, "support.drawing_on", 0.65, date)
        s = _without(s, drawing.start(), end if end > 0 else len(s.text))
    passed_on = _FUNDS_IT_RECEIVES.search(s.text) if " from " in s.text else None
    if passed_on:
        # "…, with funds the Danish society receives from A": A funds that society (the
        # rest of the sentence is read as usual)
        takers = _keys(s.orgs, passed_on.start("who"), passed_on.end("who"))[-1:]
        givers = [k for k in _listed(s, passed_on.end()) if k not in takers][:1]
        out += _supports(givers, takers, "support.funds_it_receives", 0.65, date)
        s = _without(s, passed_on.start(), len(s.text))
    if "through" in s.text or "via" in s.text:
        through = (
            _funding_through(s, date)
            or _amount_through(s, date)
            or (_aid_through(s, date) if s.last_funder else [])
        )
        if through:
            # "… financed by A through its B, and with C, which supports the society's
            # anticipatory action": C's support too, told in a clause of its own
            return out + through + _which_also_supports(s, 0, through, date)
    funded = _funded_by_adjective(s, date) if "-" in s.text else []
    if funded:
        return funded
    got = RECEIVED_SUPPORT_FROM.search(s.text) if "from" in s.text else None
    if got:
        # "A receives support from B": B supports A (not A, the verb's subject)
        providers = _listed(s, got.end())[:3]
        receivers = [k for k in _actors(s, 0, got.start()) if k not in providers][-1:]
        if providers and receivers and not NOT_DONE.search(s.text, 0, got.start()):
            return _supports(providers, receivers, "support.received_from", 0.7, date)
    carried = (
        _carried_for(s, date)
        if "behalf" in s.text or "free of charge" in s.text or "at no cost" in s.text
        else []
    )
    if carried:
        return carried
    m = FUNDING_RECEIVED.match(s.text)
    # "Funding for the forum was provided by A": for the event's host, else the article's
    owner = ((m.group("event") and s.event_host) or _article_society(s)) if m else None
    if m and owner:
        # "Funding for this operation has been received from A and B": the article's society
        donors = [k for k in _listed(s, m.end()) if k != owner]
        if donors:
            return _supports(donors, [owner], "support.funding_received", 0.65, date)
    m = SUPPORT_WITH.search(s.text)
    if m:
        # providers: the organisations right after the phrase, up to the next clause
        clause_end = s.text.find(",", m.end())
        clause_end = len(s.text) if clause_end < 0 else clause_end
        via = _CHANNELLED.match(s.text, clause_end)
        if via:
            channelled = _channelled(s, m, clause_end, via, date)
            if channelled:
                return channelled
        and_more = re.match(r"[^,]*(?:,\s*(?:and\s+)?(?:the\s+)?[A-Z][^,]*)*", s.text[m.end() :])
        providers = _keys(s.orgs, m.end(), clause_end)
        relayed = _WHICH_RELAYS.match(s.text, clause_end) if providers else None
        if relayed:
            # "with funding from A, which in turn channels a grant from B": B funds A, and A
            # the work (B is no recipient)
            backers = [k for k in _listed(s, relayed.end()) if k not in providers][:2]
            out += _supports(backers, providers[:1], "support.relayed", 0.7, date)
            s = replace(s, orgs=[o for o in s.orgs if o.start < relayed.start()])
        if and_more and not providers:
            providers = _keys(s.orgs, m.end(), m.end() + and_more.end())
        recipients = [k for k in _actors(s) if k not in providers]
        if (
            not recipients
            and s.joint_parties
            and re.match(
                r"\W*(?:It|They|The\s+(?:\w+\s+)?"
                r"(?:agreement|memorandum|mou|deal|plan|project|programme|partnership))\b",
                s.text,
            )
        ):
            # "It was negotiated with technical input from A": the agreement just told (its
            # societies, when a society signed with a donor: the help goes to the implementer)
            recipients = [k for k in s.joint_parties if k not in providers]
            recipients = [k for k in recipients if k.startswith("ns-")] or recipients
        if not recipients and s.event_host and _THE_EVENT.match(s.text):
            # "The forum was organised with the support of A": support for its host
            recipients = [k for k in (s.event_host,) if k not in providers]
        if not recipients and s.publisher and s.publisher not in providers:
            # "- Cash grants for 3,000 families, made possible with funding from A" in a
            # society's own post: the writer's work
            recipients = [s.publisher]
        if (
            not recipients
            and s.main_org
            and s.main_org not in providers
            and _THEY_DID.search(s.text, 0, m.start())
        ):
            # "Since 2023 they have rehabilitated 34 boreholes, with … support from A": the
            # article's body, told by a pronoun
            recipients = [s.main_org]
        if (
            not recipients
            and s.main_org
            and s.main_org.startswith("ns-")
            and s.main_org not in providers
            and _RELIEF_BEFORE.search(s.text, 0, m.start())
        ):
            # "Much of the relief came from stock pre-positioned with funding from A", in a
            # society's story: its relief
            recipients = [s.main_org]
        if not recipients and _THE_WORK_STARTS.match(s.text):
            # "The programme is run with technical support from A": the work of the body
            # just funded, else of the article's society
            recipients = [
                k for k in (s.last_funded, s.last_sender, s.main_org) if k and k not in providers
            ][:1]
        if providers and recipients:
            # recipients: the subject of the main clause, not orgs only located in the span
            # the list of organisations nearest before the phrase ("organised by A with
            # support from B"; "a visit of A and C, organised with the support of B")
            near = list(
                dict.fromkeys([*_keys(s.orgs, 0, m.start())[:1], *_last_list(s, m.start())])
            )
            if _RUN_BY_BEFORE.search(s.text, 0, m.start()):
                # "camps in Kigoma run by A with support from B": A's work
                near = _last_list(s, m.start()) or near
            elif _BOUGHT_BEFORE.search(s.text, max(0, m.start() - 40), m.start()):
                # "A handed over to B 30 sets …, purchased with funds from C": C paid for A's
                # gift, not for B
                near = _keys(s.orgs, 0, m.start())[:1]
            # "Funded by A, the project is implemented by B with technical support from C":
            # A is a provider too (told by the "funded by" rule below), not C's recipient
            lead = SUPPORT_BY.search(s.text, 0, m.start())
            funders = _listed(s, _after_the(s, lead.end())) if lead else []
            near = [k for k in near if k not in funders]
            main = [k for k in near if k not in providers] or [
                k for k in _keys(s.orgs, clause_end) if k not in providers
            ]
            right_before = [o.key for o in s.orgs if o.key and 0 <= m.start() - o.end <= 2]
            thanked_list = right_before and THANKS_FOR.search(s.text, 0, m.start())
            if thanked_list:
                # "We thank A, B and C with funds from D for their contributions": D funds C,
                # and the thanks (below) tell the rest
                main = [k for k in right_before[-1:] if k not in providers]
            for p in providers:
                for r in main or recipients:
                    out.append(
                        Found(
                            "support",
                            (p,),
                            "support.with_funding_from",
                            0.8,
                            recipients=(r,),
                            date=date,
                        )
                    )
            also = _AND_FUNDED_BY.search(s.text, m.end())
            for p in [k for k in _listed(s, also.end()) if k not in providers] if also else ():
                # "… is run by A with technical support from B, and is financed by C": C too
                out += _supports([p], (main or recipients)[:1], "support.and_funded_by", 0.75, date)
            if not funders and not thanked_list:
                close = clause_end
                while any(o.start < close < o.end for o in s.orgs):
                    close = s.text.find(",", close + 1)  # (the comma in "UK Foreign, …")
                if close > 0 and s.text[max(0, m.start() - 2) : m.start()] == ", ":
                    # "A, with funding from B, seconded two engineers to C": what A did too
                    bare = _without(s, m.start() - 2, close + 1)
                    out += [f for f in rule_support(bare) if f not in out]
                out += _which_also_supports(s, m.end(), out, date)
                return out
    for o in s.orgs:
        if (
            o.key
            and re.search(r"\bwith\s+(?:the\s+)?$", s.text[max(0, o.start - 10) : o.start])
            and SUPPORTING.match(s.text[o.end :])
        ):
            recipients = [k for k in _actors(s, 0, o.start) if k != o.key][:1]
            if recipients:
                return out + [
                    Found(
                        "support",
                        (o.key,),
                        "support.with_providing",
                        0.7,
                        recipients=(recipients[0],),
                        date=date,
                    )
                ]
    helped_us = _HELPED_US.search(s.text) if s.publisher and " us" in s.text else None
    if helped_us:
        # "it was the IFRC's DREF that allowed us to release cash", "A's volunteers helped us
        # run the warehouse": A's support for the writer
        helper = [k for k in _keys(s.orgs, 0, helped_us.start()) if k != s.publisher][-1:]
        if helper:
            out += _supports(helper, [s.publisher], "support.helped_us", 0.6, date)
    whose = _THANKED_WHOSE.search(s.text) if "whose" in s.text else None
    if whose:
        # "A thanked B, whose grant last year allowed C to refurbish …": B's money for C
        # (for the thanking body when no other is named)
        backer = [k for k in _keys(s.orgs, whose.start("who"), whose.start("whose"))][:1]
        helped = [k for k in _keys(s.orgs, whose.end()) if k not in backer][:1] or [
            k for k in _actors(s, 0, whose.start()) if k not in backer
        ][:1]
        if backer and helped:
            out += _supports(backer, helped, "support.thanked_whose", 0.65, date)
    m = THANKED_FOR_SUPPORT.search(s.text) if not whose else None
    if m:
        thanked, aside = [], set()  # "A through its B, and C with funds from D": A and C
        for o in s.orgs:
            if o.key and m.end(1) <= o.start < m.start(2) and o.key not in aside:
                if _THROUGH_OR_FROM.search(s.text, max(0, o.start - 50), o.start):
                    aside.add(o.key)  # and its acronym after it
                elif o.key not in thanked:
                    thanked.append(o.key)
        if not thanked:
            # "Khan thanked Turkiye for its support": a country thanked is its government
            thanked = [
                f"gov-{p.country.lower()}"
                for p in s.places
                if p.is_country and p.country and m.end(1) <= p.start < m.start(2)
            ][:2]
        subject = [k for k in _actors(s, 0, m.start()) if k not in thanked][:1]
        if not subject and s.speaker_org and _PRONOUN_SUBJECT.match(s.text):
            subject = [k for k in (s.speaker_org,) if k not in thanked]  # "He also thanked A"
        if not subject and re.search(r"\b(?:We|we|I)\b", s.text[: m.start()]):
            # "“We are grateful to A for its support,” said B of C": C thanks A; "We thank A
            # for sharing …" in the society's own article: the society
            subject = [p.org for p in s.posts if p.org and p.org not in thanked][:1] or [
                k for k in (s.publisher,) if k and k not in thanked
            ]
        if thanked and subject:
            out += _supports(thanked, subject, "support.thanked_for", 0.65, date)
    m = TRAINED_FOR.search(s.text)
    if m and NOT_DONE.search(s.text[max(0, m.start() - 25) : m.start()]):
        m = None  # "will organise a training for B": a plan
    if m:
        trainees = _listed(s, m.end())
        trainer = [k for k in _actors(s, 0, m.start()) if k not in trainees][:1]
        if trainer and trainees:
            out += _supports(trainer, trainees, "support.training", 0.6, date)
    m = TRAINED_BY.search(s.text)
    if m:
        trainees = _listed(s, m.end("of"))[:1]
        trainer = [k for k in _listed(s, m.end()) if k not in trainees][:1]
        if trainer and trainees:
            out += _supports(trainer, trainees, "support.trained_by", 0.6, date)
    m = TRAINED_PEOPLE.search(s.text)
    # "A has trained 80 CRB volunteers": the body named before its people
    inner = [o.key for o in s.orgs if o.key and m and m.start() < o.start and o.end <= m.end()]
    if m and (m.group("society") or m.group("of") or inner):
        trainees = (
            _listed(s, m.end())
            if m.group("of")
            else inner[:1]
            if inner
            else [s.main_org]
            if s.main_org
            else []
        )
        trainer = [k for k in _actors(s, 0, m.start()) if k not in trainees][-1:]
        if trainer and trainees:
            out += _supports(trainer, trainees, "support.trained", 0.6, date)
    m = IMPLEMENTED_WITH.search(s.text)
    if m:
        implementer = _listed(s, m.end(1))[:1]
        partners = [k for k in _listed(s, m.end()) if k not in implementer]
        if implementer and partners:
            out += _supports(implementer, partners, "support.implemented_with", 0.6, date)
    m = PLEDGES_FROM.search(s.text)
    if m and _STILL_PENDING.match(s.text, m.end()):
        m = None  # "a contribution from the Government of Switzerland is being finalised"
    if m:
        donors = _listed(s, m.end())
        clause = s.text.rfind(";", 0, m.start()) + 1  # (a subject in the gift's own clause)
        subject = [k for k in _actors(s, clause, m.start()) if k not in donors][:1]
        if not subject and re.match(r"\W*(?:Contributions|Pledges|Donations)\b", s.text):
            # "Contributions have come from A and B": to the body that last received money,
            # else the IFRC's appeal when the IFRC is named, else the article's main body
            appeal = "ifrc" if "ifrc" in s.doc_orgs else None
            order = (s.last_funded, appeal, s.main_org)
            if appeal and re.match(
                r"\W*(?:The|This|Its)\s+(?:[\w-]+\s+)?appeal\b", s.previous_text
            ):
                order = (appeal, s.last_funded, s.main_org)  # "The appeal has received …"
            subject = [k for k in order if k and k not in donors][:1]
        if donors and subject:
            out += _supports(donors, subject, "support.pledges_from", 0.65, date)
    m = POSSESSIVE_SUPPORT.search(s.text)
    if m:
        recipients = _listed(s, m.end())
        if m.group(1):  # "the Federation's support to B"
            owner = [
                o.key for o in s.orgs if o.key and o.end <= m.start() + 2 and o.end >= m.start() - 1
            ]
        else:  # "reaffirmed its support to B": the subject's
            owner = _actors(s, 0, m.start())[:1]
        owner = [k for k in owner if k not in recipients][-1:]
        if owner and recipients and not NOT_DONE.search(s.text[max(0, m.start() - 30) : m.start()]):
            return out + _supports(owner, recipients, "support.possessive", 0.65, date)
    appeal = _THIS_APPEAL_SUPPORTS.match(s.text) if "ppeal" in s.text else None
    if appeal and "ifrc" in (*s.doc_orgs, s.main_org):
        # "This Emergency Appeal supports the A, the B and the C to deliver …": the IFRC's
        # appeal, so the IFRC supports each
        takers = [k for k in _listed(s, appeal.end()) if k != "ifrc"]
        if takers:
            return out + _supports(["ifrc"], takers, "support.this_appeal", 0.65, date)
    m = RELATIVE_SUPPORT.search(s.text)
    if m and _APPEAL_BEFORE.search(s.text, 0, m.start()):
        # "… to the appeal, which supports A and B": the appeal's owner supports them
        owner = [k for k in ("ifrc",) if k in _keys(s.orgs) or k == s.main_org or k in s.doc_orgs]
        recipients = _listed(
            s, m.end() + len(re.match(r"\s*(?:the\s+)?", s.text[m.end() :]).group(0))
        )
        if owner and recipients:
            return out + _supports(owner[:1], recipients, "support.appeal", 0.6, date)
        m = None
    which = _relative_support(s, m, date) if m else []
    if which:
        return out + which
    lent = _lent_to(s, date)
    if lent:
        return out + lent
    granted = _GRANT_TO_BY.search(s.text) if " by " in s.text else None
    if granted:
        # "a $1.4-million grant awarded to the university by A": A supports the university
        takers = _listed(s, granted.end("to"))[:1]
        givers = [k for k in _listed(s, granted.end()) if k not in takers][:2]
        if takers and givers:
            return out + _supports(givers, takers, "support.grant_to_by", 0.7, date)
    given = _WITH_GIVEN_BY.search(s.text) if " by " in s.text else None
    if given:
        # "A evacuates patients by boat, with fuel and boats provided by B": B supports A
        providers = _listed(s, given.end())[:2]
        receivers = [k for k in _actors(s, 0, given.start()) if k not in providers][:1]
        if providers and receivers:
            return out + _supports(providers, receivers, "support.with_given_by", 0.65, date)
    means = (
        _means_for_work(s, date)
        if "provid" in s.text or "offered" in s.text or "suppl" in s.text
        else []
    )
    if means:
        return out + means
    contributor = _contributor_to(s, date) if "contributor" in s.text or "donor" in s.text else []
    if contributor:
        return out + contributor
    backed = _mission_backers(s, date) if "by" in s.text else []
    if backed:
        return out + backed
    helped = _team_helps(s, date) if s.last_sender else []
    if helped:
        return out + helped
    flown = _FLOWN_FOR.search(s.text) if " for " in s.text else None
    if flown and not NOT_DONE.search(s.text, max(0, flown.start() - 25), flown.start()):
        # "An air force Hercules flew 14 tonnes of tarpaulins into Lifuka for the Tonga Red
        # Cross": the carrier supports the society it flew them for
        served = _listed(s, flown.end())[:1]
        carrier = [k for k in _actors(s, 0, flown.start()) if k not in served][-1:]
        if served and carrier:
            return out + _supports(carrier, served, "support.flown_for", 0.6, date)
    costs = _COSTS_OF.search(s.text) if "cost" in s.text or "expense" in s.text else None
    if costs and not (
        NOT_DONE.search(s.text, max(0, costs.start() - 25), costs.start())
        and not _ANNOUNCED_WILL.search(s.text, 0, costs.start())
        and not re.search(r"\bwill\s+$", s.text[max(0, costs.start() - 6) : costs.start()])
    ):
        # "Sonatel covered the travel costs of 40 Senegalese Red Cross volunteers", "A will
        # cover the course costs of B's volunteers": A supports B
        payers = _actors(s, 0, costs.start())[-1:]
        paid = [k for k in _keys(s.orgs, costs.end(), costs.end() + 60) if k not in payers][:1]
        if payers and paid:
            return out + _supports(payers, paid, "support.costs_of", 0.65, date)
    handed_out = _HANDS_OUT_SUPPLIED.search(s.text) if " by " in s.text else None
    if handed_out and not NOT_DONE.search(s.text, 0, handed_out.start()):
        # "Niger Red Cross volunteers are distributing food rations supplied by the WFP": the
        # WFP supports the society that hands its goods out
        providers = _listed(s, handed_out.end())[:1]
        takers = [k for k in _actors(s, 0, handed_out.start()) if k not in providers][-1:]
        if providers and takers:
            return out + _supports(providers, takers, "support.hands_out_supplied", 0.6, date)
    m = SUPPORT_BY.search(s.text)
    if m and _VISITED_THING.search(s.text, 0, m.start()):
        m = None  # "visited an eye clinic supported by A": A supports the clinic
    if m:
        # the list right after "funded by" (not bodies named later in another clause)
        # "supported by Movement partners (the British Red Cross, …)": the list inside
        lead = len(_PARTNERS_LEAD.match(s.text[m.end() :]).group(0))
        providers = _listed(s, m.end() + lead)[:3] or _keys(s.orgs, m.end())[:1]
        # ("… paid for by A, PRC chairman B said": the speaker's body gives nothing)
        # ("… financed by A, the IFRC said": the body that says it is no giver)
        speakers = {
            o.key
            for o in s.orgs
            if o.start > m.end()
            and (_SPEAKER_POST.match(s.text, o.end) or _SAYS_AFTER.match(s.text, o.end))
        }
        providers = [k for k in providers if k not in speakers] or providers
        first = next((o for o in s.orgs if o.key == (providers or [None])[0]), None)
        arm = _THROUGH_ITS_ARM.match(s.text, first.end) if first is not None else None
        if arm:
            # "financed by the European Union through its humanitarian aid department, DG
            # ECHO": the department named
            named = [o.key for o in s.orgs if o.key and o.start == arm.end()]
            providers = named[:1] or providers
        doers = _IMPLEMENTED_BY.search(s.text, m.end())
        if doers:
            # "financed by A and carried out by B": A supports B, whoever the subject is
            doers_keys = [k for k in _listed(s, doers.end()) if k not in providers]
            if doers_keys:
                return out + _supports(providers, doers_keys, "support.by_implementer", 0.75, date)
        recipients = [k for k in _actors(s, 0, m.start()) if k not in providers]
        if not recipients:
            # "the operation has been financed by A": the work of the bodies just told
            recipients = [k for k in _subject_referents(s, m.start()) if k not in providers]
        via = _CHANNELLED_THROUGH.search(s.text, m.end())
        channel = [k for k in _listed(s, via.end()) if k not in providers][:1] if via else []
        if channel:
            # "financed by A, which is channelling the money through B": A's money goes to B
            recipients = channel
        partner = _THROUGH_PARTNERSHIP.match(s.text, m.end()) if not channel else None
        if partner:
            # "It was funded by A through its partnership with B": A's money goes to B
            recipients = [k for k in _listed(s, partner.end()) if k not in providers][:1] or (
                recipients
            )
        through = _BY_THROUGH.match(s.text, m.end()) if not channel and not partner else None
        carrier = (
            [k for k in _listed(s, through.end()) if k not in providers][:1] if through else []
        )
        if carrier and recipients and carrier[0] not in recipients:
            # "funded by A through the IFRC": A supports the IFRC, which supports the work's body
            return (
                out
                + _supports(providers, carrier, "support.by_through", 0.7, date)
                + _supports(carrier, recipients[:1], "support.channel", 0.6, date)
            )
        if s.event_host and _THE_EVENT.match(s.text) and s.event_host not in providers:
            # "The forum was organised with the support of A and funded by B": for its host
            recipients = [s.event_host]
        if not recipients and s.main_org not in providers and _THE_TRAINING.match(s.text):
            recipients = [s.main_org]  # "The courses were funded by A": the article's society's
        if not recipients and _THE_WORK_STARTS.match(s.text):
            # "The scheme is financed largely by A": the work of the body just funded, else
            # of the article's society
            recipients = [
                k for k in (s.last_funded, s.last_sender, s.main_org) if k and k not in providers
            ][:1]
        if not recipients and s.publisher and s.publisher not in providers:
            recipients = [s.publisher]  # "The cooling centres are funded by A" in its own blog
        if (
            not recipients
            and s.main_org
            and s.main_org not in providers
            and re.search(r"\bRed\s+(?:Cross|Crescent)\b", s.text[: m.start()])
        ):
            # "Free calls at 30 Red Cross welfare desks are paid for by A": the society's
            recipients = [s.main_org]
        for p in providers:
            spans = [o for o in s.orgs if o.key in recipients and o.end <= m.start()]
            last = max((o.start for o in spans), default=None)
            # (recipients that come from a reference, "the initiative", are all of them)
            closest = [o.key for o in spans if o.start == last] or (
                recipients if not spans else recipients[-1:]
            )
            chain = sorted(spans, key=lambda o: o.start)
            while len(chain) >= 2 and _LIST_GAP.fullmatch(s.text, chain[-2].end, chain[-1].start):
                # "Travel for the Ukrainian and Moldovan delegations was paid for by C": both
                closest = list(dict.fromkeys([chain[-2].key, *closest]))
                chain.pop()
            first_org = next((o for o in s.orgs if o.key), None)
            if (
                first_org
                and first_org.key in recipients
                and first_org.end <= m.start()
                and (
                    s.text.startswith(("'s ", "’s "), first_org.end)
                    or first_org.text.endswith(("'s", "’s"))
                )
            ):
                closest = [first_org.key]  # "A's work with Poland is funded by C": A's work
            part = _COUNTRY_PART.match(s.text)
            society = _society_of(part.group(1)) if part else None
            if society and (society in recipients or society in s.doc_orgs):
                closest = [society]  # "The Jordan component of the programme is funded by C"
            lead = _opening_list(s, m.start())
            if len(lead) >= 2 and set(lead) <= set(recipients):
                # "A and B presented a project …, financed since 2025 by C": the subjects' work
                closest = lead
            if _PART_OF_GIFT.search(s.text, 0, m.start()) and DONATION.search(s.text, 0, m.start()):
                # "A handed over supplies to B, part of a shipment financed by C": C pays
                # for A's gift (the giver is the sentence's subject)
                closest = recipients[:1]
            # "the projects that B supports, funded by A"
            out += _supports([p], list(dict.fromkeys(closest)), "support.by", 0.75, date)
        return out
    for m in SUPPORT_VERB.finditer(s.text):
        if any(o.start <= m.start() < o.end for o in s.orgs):
            continue  # "… for Humanitarian Support": part of a name
        if re.match(r"support(?:s|ed)?\s+(?:for|of)\b|\w+\s+by\b", s.text[m.start() :], re.I):
            continue  # a noun, or a passive ("a clinic supported by A") told above
        if _NOUN_BEFORE.search(s.text, max(0, m.start() - 24), m.start()):
            continue  # "thanked A for its continuous support": a noun, told by the thanks rule
        if (
            re.match(r"(?:funds|funding|support|help|backing)\b", m.group(0), re.I)
            and re.search(
                r"\b(?:new|more|additional|without|any|enough|extra|further|emergency|urgent|"
                r"much-needed|of|the|increase|increased|raise|mobilise|mobilize)\s+$",
                s.text[max(0, m.start() - 16) : m.start()],
            )
            and not re.match(r"\s+(?:for|to)\s+(?:the\s+)?[A-Z]", s.text[m.end() :])
        ):
            continue  # "cut back without new funds", "in need of more support": a noun
        if re.search(
            r"\b(?:call(?:ing|ed|s)?\s+on|urg(?:ed|ing|es)|appeal(?:ed|ing|s)?\s+to|ask(?:ed|ing|s)?)\b"
            r"[^.;]{0,60}\bto\s+(?:increase|raise|step\s+up|boost|scale\s+up)\s+(?:the\s+|their\s+)?$",
            s.text[: m.start()],
        ):
            continue  # "calling on donors to increase the funding for …": an appeal
        if re.search(
            r"\b(?:aims?|aimed|order|seeks?|designed|efforts?|meant|help|helps|helped)\s+to\s+$",
            s.text[max(0, m.start() - 20) : m.start()],
        ):
            continue  # a purpose, not a tie: "the agreements aim to support …"
        if _SOUGHT.search(s.text, max(0, m.start() - 30), m.start()):
            continue  # "it hopes to seek funding for it from A": asked for, not given
        before = _actors(s, 0, m.start())
        clause = [c.end() for c in _NEW_CLAUSE.finditer(s.text, 0, m.start())]
        if clause and _actors(s, clause[-1], m.start()):
            # "A donated an ambulance to B, and the society's instructors deliver courses for
            # C": the subject of the verb's own clause
            before = _actors(s, clause[-1], m.start())
        if not before and s.last_funder and _THE_FUNDING.search(s.text[: m.start()]):
            before = [s.last_funder]  # "The funding will support A and B": the funder's
        if not before and "ifrc" in s.doc_orgs and _THE_APPEAL.match(s.text[: m.start()]):
            before = ["ifrc"]  # "The appeal supports the Moroccan Red Crescent": the IFRC's
        if not before and _THE_WORK_SUBJECT.match(s.text[: m.start()]):
            # "The project also supported the DPC": the bodies that run it
            before = [k for k in (s.doers or s.joint_parties)]
        if not before and s.main_org and _IT_DOES.match(s.text[: m.start()]):
            # "In Somalia, it has been supporting the clinics of B since 2011": the body the
            # article is about, told by a pronoun
            before = [s.main_org]
        relative = RELATIVE.search(s.text[: m.start()])
        if relative and len(before) >= 2:
            # "A works with B and C, both of which support its …": B and C support A
            rest = s.text[m.end() :]
            objects = _keys(s.orgs, m.end(), m.end() + 40)
            recipients = [before[0]] if re.match(r"\s+(?:its|their)\b", rest) else objects
            head = s.text[: relative.start()]
            bare = not re.search(
                r"\b(?!(?:the|and|of|for)\b)[a-z]{3,}\b", re.sub(r"\([^)]*\)", "", head)
            )
            # "The IFRC and the ICRC, which also support B, …": the whole list supports B
            providers = [k for k in (before if bare else before[1:]) if k not in recipients]
            return out + _supports(providers, recipients[:1], "support.relative", 0.65, date)
        # "A, B and C are supporting D": every organisation of the subject supports
        signing = AGREEMENT_VERB.search(s.text[: m.start()])
        providers = _subject_list(s, m.start()) or (
            before[-1:] if signing or len(before) > 3 else before
        )
        appeal = _APPEAL_OF.search(s.text, 0, m.start())
        if appeal and re.search(r"\bto\s+$", s.text[max(0, m.start() - 5) : m.start()]):
            # "A pledged £1 million to the IFRC's appeal, to help B": the appeal helps B
            owner = [o.key for o in s.orgs if o.key and o.start <= appeal.start(1) < o.end]
            providers = owner[:1] or providers
        rest = s.text[m.end() :]
        stop = re.search(
            # "funds A to run four centres in Chisinau and Balti": the work, not its takers
            r"\b(?:in the implementation|to help|who|whose|which|that|to (?:run|operate|manage|"
            r"staff|build|set up))\b",
            rest,
        )
        # the supported organisation is the verb's object, named right after it
        objects = [o for o in s.orgs if o.key and m.end() <= o.start <= m.end() + 40]
        via = re.search(r"\bthrough\s+(?:the\s+)?", rest)
        span_end = min(stop.start() if stop else len(rest), via.start() if via else len(rest))
        recipients = _actors(s, m.end(), m.end() + span_end)[:3]
        channel = _listed(s, m.end() + via.end()) if via else []
        if not objects and re.match(r"(?:financ|fund)", m.group(0), re.I):
            # "financed 500 hygiene kits for the BRC", "financed the replenishment of kits
            # drawn from the BRC's warehouse": the one the bought goods are for or are from
            owner = _FOR_OR_OWNED.search(s.text, m.end(), m.end() + min(span_end, 90))
            target = next((o for o in s.orgs if owner and o.key and o.start == owner.end()), None)
            if (
                owner
                and target
                and target.key not in providers
                and (owner.group(0).startswith("for") or _OWNED_AFTER.match(s.text, target.end))
            ):
                objects, recipients = [target], [target.key]
        if not objects and not _post_orgs(s, m.end(), m.end() + 40):
            recipients = []
        run_by = _RUN_BY.match(rest) if not recipients else None
        if run_by:
            # "will fund twelve mobile units operated by B teams": B's work
            recipients = _listed(s, m.end() + run_by.end())[:1]
        recipients = [r for r in recipients if r not in providers]
        if (
            not recipients
            and s.last_funder
            and s.last_funder not in providers
            and _THIS_SUPPORT.match(rest)
        ):
            # "B has funded a large share of this support": the support A just gave
            recipients = [s.last_funder]
        if not recipients and _WORK_THAT.search(s.text, 0, m.start()):
            # "a pilot in the district that A co-financed": the work of the article's society
            owner = _article_society(s)
            recipients = [owner] if owner and owner not in providers else []
        if (
            not recipients
            and (s.joint_parties or (s.main_org and s.main_org not in providers))
            # ("… whether it will support the initiative", "partners to fund the component":
            # not done)
            and not _NOT_YET.search(s.text, 0, m.start())
            and re.match(
                r"\s+(?:(?:\w+\s+){0,3}(?:to|for)\s+)?(?:the|that|this)\s+(?:\w+\s+){0,2}(?:programme|"
                r"program|project|operation|response|appeal|service|services|centre|center|campaign|"
                r"initiative|component|round|phase|pilot|scheme|distribution|distributions)\b",
                s.text[m.end() :],
            )
        ):
            # "provided technical support to the programme": the deal just told, else the
            # article's own
            deal = [k for k in s.joint_parties if k not in providers]
            if deal:
                recipients = _implementers(s, deal)
            elif s.main_org and s.main_org not in providers:
                recipients = [s.main_org]
        if providers and recipients:
            for c in channel:  # "A funds B … through C": C carries A's support to B
                for r in recipients:
                    if c != r and c not in providers:
                        out.append(
                            Found(
                                "support", (c,), "support.channel", 0.6, recipients=(r,), date=date
                            )
                        )
            for provider in providers:
                for r in recipients:
                    out.append(
                        Found(
                            "support",
                            (provider,),
                            "support.verb",
                            0.7,
                            recipients=(r,),
                            date=date,
                            topic=_topic(s.text[m.end() :]),
                        )
                    )
            return out
    return out


def rule_part_in_deal(s: SentenceFacts) -> list[Found]:
    """What a body brings to the agreement just told, or what the money just told lets a
    body do (only after an agreement or a gift)."""
    if not s.joint_parties and not s.last_funder:
        return []
    date, _ = _date(s)
    return _part_in_agreement(s, date) or _funding_enables(s, date)


#: "The contribution will allow the X Society to provide shelter …"
_FUNDING_ENABLES = re.compile(
    r"^\W*(?:The|This|These|That|Such|Its|Their)\s+(?:[\w-]+\s+){0,3}(?:funding|grant|"
    r"contribution|donation|funds|money|allocation|pledge|gift|support|assistance)s?\s+"
    r"(?:(?:will|would|is\s+to|shall|should|has|have|had|also|further)\s+)*(?:allow|allows|"
    r"allowed|enable|enables|enabled|help|helps|helped|let|lets)\s+(?:the\s+)?"
)


def _funding_enables(s: SentenceFacts, date: DateValue | None) -> list[Found]:
    """The money told before lets a body act: its giver supports that body, and so does the
    body it went to when that passes it on (a Movement appeal to a society)."""
    m = _FUNDING_ENABLES.match(s.text) if s.last_funder else None
    if not m:
        return []
    receivers = [o.key for o in s.orgs if o.key and m.end() <= o.start <= m.end() + 4]
    if not receivers or receivers[0] == s.last_funder:
        return []
    channel = s.last_funded in ("ifrc", "icrc") and receivers[0].startswith("ns-")
    if channel and s.several_funders:
        # many donors to an appeal: "the funds" are the appeal's, passed on by its owner
        return _supports([s.last_funded], receivers[:1], "support.channel", 0.6, date)
    out = _supports([s.last_funder], receivers[:1], "support.funding_enables", 0.65, date)
    if channel:
        out += _supports([s.last_funded], receivers[:1], "support.channel", 0.6, date)
    return out


#: "Under the MoU, A will provide the technology …", "The IFRC will provide technical
#: guidance …": a body's part in the agreement just told
#: The nouns a deal just told is referred to by ("under the agreement", "under this MoU")
_DEAL_NOUNS = (
    r"(?:agreement|deal|partnership|memorandum|mou|pact|framework|accord|alliance|arrangement|"
    r"collaboration|cooperation|plan|protocol|letter|contract)"
)
_UNDER_AGREEMENT = re.compile(
    rf"\W*(?:[Uu]nder\s+(?:the|this|that)\s+(?:new\s+)?(?:\w+\s+)?(?i:{_DEAL_NOUNS})\s*,\s*)?"
    r"(?:[Tt]he\s+)?$"
)
_ROLE_VERB = re.compile(
    r"\s+(?:will|would|shall|is\s+to|are\s+to|(?:has\s+|have\s+)?(?:agreed|undertaken|"
    r"committed|pledged)\s+to)\s+(?:also\s+|further\s+|in\s+turn\s+)?(?:provide|offer|supply|"
    r"contribute|bring|share|extend|fund|finance|mobili[sz]e|cover|pay\s+for|meet\s+the\s+cost)\b"
)


_GOVERNMENT_KEY = re.compile(r"gov-|ministry|department|government|agency|embassy")


#: "… whether it will support", "an appeal for partners to fund …": not done yet
_NOT_YET = re.compile(
    r"\b(?:whether|intend|plans?\s+to|planned\s+to|hopes?\s+to|interest\s+in|"
    r"for\s+(?:\w+\s+)?(?:partners|donors)\s+to)\b"
)


def _implementers(s: SentenceFacts, parties: list[str]) -> list[str]:
    """Of a deal's parties, those who carry it out: not a government, a company or a
    foundation that signed it to fund it (all of them when none is left)."""
    return [
        k
        for k in parties
        if s.kinds.get(k) not in ("government", "company")
        and not _GOVERNMENT_KEY.search(k)
        and "foundation" not in k
    ] or parties


def _part_in_agreement(s: SentenceFacts, date: DateValue | None) -> list[Found]:
    """What a body will bring to the agreement just told: support to its other parties (to
    every party, societies first, when the body is not one of them)."""
    if not s.joint_parties or not s.orgs:
        return []
    out: list[Found] = []
    for o in s.orgs:
        # a clause's subject: the sentence's first body, or one after ", and", "while" …
        opening = o is s.orgs[0] and _UNDER_AGREEMENT.fullmatch(s.text[: o.start])
        if not o.key or not (opening or _CLAUSE_START.search(s.text, 0, o.start)):
            continue
        m = _ROLE_VERB.match(s.text, o.end)
        if not m:
            continue
        clause = re.split(r"[;,]|\s(?:while|whereas|and\s+the)\s", s.text[m.end() :])[0]
        if _keys(s.orgs, m.end(), m.end() + len(clause)) or re.search(
            r"\bto\s+(?:the\s+)?(?:[A-Z]\w+|[Nn]ational\s+[Ss]ocieties|[Ss]ocieties)", clause
        ):
            continue  # "A will provide B with …", "… to National Societies": its own recipients
        others = [k for k in s.joint_parties if k != o.key]
        if o.key not in s.joint_parties:
            # an outside body helps those who carry the deal out: not a government, a company
            # or a foundation that signed it to fund it
            others = _implementers(s, others)
        hosted = _HOSTED_BY_PARTY.search(s.text, m.end())
        host = [k for k in _keys(s.orgs, hosted.end(), hosted.end() + 80)][:1] if hosted else []
        if host and host[0] in others:
            others = host  # "will fund the network's secretariat, hosted by B": B's, of them
        out += _supports([o.key], others, "support.part_in_agreement", 0.6, date)
    return out


_HOSTED_BY_PARTY = re.compile(r",\s+(?:which\s+(?:is|will\s+be)\s+)?hosted\s+by\s+(?:the\s+)?")
_CLAUSE_START = re.compile(
    r"(?:,\s*(?:and|while|whereas)\s+|;\s*(?:and\s+)?|\s(?:while|whereas)\s+)(?:the\s+)?$"
)


#: "… a pilot in Arua district that A": the article's work, which A supports
_WORK_THAT = re.compile(
    r"\b(?:a|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:pilot|project|programme|program|operation|"
    r"response|initiative|campaign|activities)\b[^.;,]{0,60}?\b(?:that|which)\s+(?:the\s+)?"
    r"[A-Z][^.;,]{1,80}?\s+(?:has\s+|had\s+|have\s+)?(?:co-?)?$"
)


_THE_GIFT = re.compile(
    r"\W*(?:The|This|These|That)\s+(?:[\w-]+\s+){0,2}(?:aid|assistance|relief|supplies|shipment|"
    r"consignment|convoy|donation|items|goods|vehicles|ambulances|equipment|kits|secondment|"
    r"loan)\b"
)
_THE_VISIT = re.compile(
    r"\W*(?:The|This|Their|Its)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|study\s+tour|exchange|journey)\b"
)
_FUNDED_ADJ = re.compile(
    r"\b([A-Z][A-Za-z]{1,20})-(?:funded|financed|backed|supported|sponsored)\b"
)
_IMPLEMENTED_BY = re.compile(
    r"\b(?:implemented|run|carried out|managed|delivered|led|executed)\s+(?:jointly\s+)?by\s+"
    r"(?:the\s+)?"
)


def _funded_by_adjective(s: SentenceFacts, date: DateValue | None) -> list[Found]:
    """ "An EU-funded project implemented by A and B": the EU supports A and B (or, with no
    implementer named, the sentence's subject)."""
    m = _FUNDED_ADJ.search(s.text)
    if not m:
        return []
    gz = gazetteer()
    word = m.group(1)
    code = gz.countries.get((word.lower(),)) or gz.demonyms.get(word.lower())
    keys = gz.acronyms.get(word, set())
    inside = [o.key for o in s.orgs if o.key and o.start <= m.start(1) < o.end]
    funder = (
        inside[0]
        if inside
        else next(iter(keys))
        if len(keys) == 1
        else f"gov-{code.lower()}"
        if code
        else None
    )
    if funder is None:
        return []
    by = _IMPLEMENTED_BY.search(s.text, m.end())
    doers = _listed(s, by.end()) if by else _actors(s, 0, m.start())[:1]
    return _supports(
        [funder], [k for k in doers if k != funder], "support.funded_adjective", 0.7, date
    )


def _article_society(s: SentenceFacts) -> str | None:
    """The society an article is about: its main actor when that is a society, else the
    first society it names, else its main actor."""
    if s.main_org and s.main_org.startswith("ns-"):
        return s.main_org
    return next((k for k in s.kinds if k.startswith("ns-")), None) or s.main_org


def _topic(rest: str) -> str | None:
    m = re.search(
        r"\bin (?:the )?(?:implementation of )?([a-z][\w -]{3,60}?(?:programs?|"
        r"programmes?|projects?|assistance|operations?))\b",
        rest,
    )
    return m.group(1) if m else None


#: What may come before a sentence's subject: "On Monday, the ", "In addition, "
_OPENS = re.compile(
    r"\W*(?:[\w'’-]+(?:\s+[\w'’-]+){0,5},\s+|(?:On|In|Last|Earlier|Later|By)\s+(?:[\w'’-]+\s+){1,3})?"
    r"(?:[Tt]he\s+)?$"  # ("On 6 March the Australian Red Cross donated …")
)
#: "A through its humanitarian aid department, B": B is A's arm that acts
_THROUGH_ITS_ARM = re.compile(
    # "… through its humanitarian aid department, DG ECHO", "the EU's humanitarian aid
    # department, ECHO": the department named
    r"(?:\s+through\s+its|['’]s|(?<=['’]s))\s+(?:[\w-]+\s+){0,3}(?:department|directorate|agency|arm|office|"
    r"service)\s*,?\s*(?:the\s+)?"
    # "… through its Directorate-General for European Civil Protection and …": named at once
    r"|\s+(?:through|via)\s+its\s+(?=[A-Z])"
)
#: Support asked for or hoped for: "hopes to seek funding", "applied for funding"
_SOUGHT = re.compile(
    r"\b(?:hopes?|hoped|would\s+like|wants?|seeks?|seeking|sought|request(?:s|ed|ing)?|"
    r"appl(?:y|ies|ied|ying)\s+for)\b(?:\s+[\w-]+){0,3}\s+$"
)
#: What a body is, said before its name: "the state health authority, "
_DESCRIBED = re.compile(
    r"(?:[\w'’-]+\s+){0,5}(?:authority|agency|utility|company|firm|bank|charity|foundation|"
    r"operator|NGO|institute|partner|organi[sz]ation|hospital|body|department|council)\s*,\s*"
)
#: A consignment: "shipped 1,000 tents and 5,000 blankets to", "received 20 tonnes of … from".
GOODS_SENT = re.compile(
    r"\b(?:shipped|sent|delivered|provided|supplied|dispatched|handed over|distributed|extended|"
    r"handed(?=\s+(?:[\w,-]+\s+){1,5}?over\s+to\b)|"  # "handed the cargo over to"
    r"handed(?=\s+(?:(?-i:[A-Z]{3})\s?\d|US\$|\$|€|£|¥|\d))|"  # "handed MVR 750,000 to"
    r"airlifted|trucked|transferred|allocated|released|disbursed|channel+ed|gave|offered|committed|"
    r"carried|transported|hauled|"
    # "has made CHF 498,000 available to B"
    r"made(?=\s+(?:[\w,.’'$€£%()-]+\s+){1,8}?available\s+(?:to|for)\b)|"
    r"turned over|transferring|channell?ing|disbursing|"
    r"(?:(?<=has )|(?<=have )|(?<=had ))given|"
    # "approved CHF 412,375 from the DREF to enable B to …": money granted
    r"approved(?=\s+(?:(?-i:[A-Z]{3})\s?\d|US\$|\$|€|£))|"
    # present forms, for a gift announced as firm ("announced that it will provide … to")
    r"(?<=will )(?:provide|send|deliver|supply|donate|give|dispatch)|"
    # and under way: "is providing €12 million to"
    r"(?:(?<=is )|(?<=are ))(?:providing|sending|delivering|supplying|donating|giving|"
    r"dispatching|allocating|channel+ing|releasing|disbursing|transferring|contributing))\s+"
    r"(?P<what>(?:(?:[–—][^–—.;]{1,80}[–—]|[\w,.’'$€£%()-]+)\s+){0,15}?)(?P<prep>to|for)\s+(?:the\s+)?"
    r"(?:(?:enable|help|allow)\s+(?:the\s+)?)?",
    re.I,
)
#: "announced that it will provide …": a commitment made, not a plan
_ANNOUNCED_WILL = re.compile(
    r"\b(?:announced|confirmed|pledged|committed|decided|declared)\s+(?:on\s+\w+\s+)?(?:that\s+)?"
    r"(?:it|they|the\s+society|the\s+organi[sz]ation)\s+will\s+$"
)
_RECEIVED_THERE = re.compile(
    r"[^.;]{0,60}?,\s*where\s+(?:it|they|the\s+[\w-]+)\s+(?:was|were)\s+(?:received|collected|"
    r"taken\s+over)\s+by\s+(?:the\s+)?"
)
#: "… to the Gaza Strip through the Egyptian Red Crescent": the body that carries the gift
_THROUGH = re.compile(r"[^.;]{0,80}?\b(?:through|via)\s+(?:the\s+)?")
GOODS_RECEIVED = re.compile(
    r"\b(?:received|receives|accepted|obtained|took\s+delivery(?:\s+(?:on|last)\s+\w+)?\s+of|"
    r"takes\s+delivery\s+of)\s+(?P<what>(?:[\w,.’'$€£%-]+\s+){0,10}?)"
    r"from\s+(?:the\s+)?",
    re.I,
)
_GOODS = re.compile(
    r"(?:\d|\b(?:tons?|tonnes?|truckloads?|consignments?|shipments?|kits?|parcels?|supplies|"
    r"items|tents|blankets|medicines?|vaccines?|doses|ambulances?|vehicles?|equipment|goods|"
    r"relief|aid|materials|commodities|"
    r"generators?|food|money|funds|grants?|cheque|check|million|billion|thousand|cargo|"
    r"pallets?|units?|boats?|trucks?|pumps?|filters?|tarpaulins?|lanterns?|jerrycans?)\b)",
    re.I,
)
_NOT_GOODS_PEOPLE = re.compile(
    r"\b(?:team|teams|delegation|staff|volunteers|experts|personnel|rescuers|doctors|nurses|"
    r"delegates|members?)\b",
    re.I,
)
#: a gift not yet made: "… is being finalised", "… is still pending"
_STILL_PENDING = re.compile(
    r"[^.;]{0,80}?\b(?:is|are)\s+(?:still\s+)?(?:being\s+(?:finali[sz]ed|negotiated|discussed|"
    r"processed|considered)|pending|expected|under\s+(?:discussion|negotiation|consideration))\b"
)
_MONEY = re.compile(
    r"\d[\d,.]*\s*(?:million|billion|thousand)?\s*(?:US\s*)?(?:dollars|euros?|francs|pounds|"
    r"riyals|dirhams|yen|kroner|taka|rupees|shillings)|(?:USD|EUR|CHF|GBP|US\$|\$|€|£)\s*\d",
    re.I,
)
_NOT_GOODS = re.compile(
    r"\b(?:team|teams|delegation|staff|volunteers|experts|personnel|members?|rescuers|doctors|"
    r"nurses|letter|message|invitation|request|report|support|assistance|training|visit|"
    r"award|call|greetings|condolences|briefing|delegates)\b",
    re.I,
)


_IN_COOPERATION = re.compile(
    r"\b(?:in\s+(?:cooperation|co-operation|coordination|partnership|collaboration)\s+with|"
    r"through|via)\s+(?:the\s+)?"
)


_OUR_WORK = re.compile(r"(?:support|help|assist|fund|finance|strengthen)?\s*(?:our|us)\b")


def _society_of_destination(s: SentenceFacts, at: int) -> list[str]:
    """ "sent 10 trucks … to Syria in cooperation with the Syrian Arab Red Crescent": the
    goods go to the society of the country they are sent to."""
    place = next((p for p in s.places if at <= p.start <= at + 4 and p.is_country), None)
    if place is None:
        return []
    key = f"ns-{place.country.lower()}"
    near = _IN_COOPERATION.search(s.text, place.end)
    return [key] if near and key in _listed(s, near.end()) else []


_GAVE_WHOM = re.compile(
    r"\b(?:gave|has\s+given|have\s+given|handed|granted|paid|sent|lent|loaned|presented)\s+"
    r"(?:the\s+)?"
)
#: "presented the society with 5,000 sets of …": the gift after "with"
_WITH_GIFT_NEXT = re.compile(r"\s+with\s+(?:a\s+|an\s+|(?-i:[A-Z]{3})\s?\d|US\$|\$|€|£|\d)")
_AMOUNT_NEXT = re.compile(r"\s+(?:a\s+(?:further\s+)?)?(?:(?-i:[A-Z]{3})\s?\d|US\$|\$|€|£|¥|\d)")


def _gave_whom(s: SentenceFacts, date: DateValue | None) -> list[Found]:
    """ "the City of Copenhagen gave the society DKK 2 million": the first object is the taker."""
    for m in _GAVE_WHOM.finditer(s.text):
        taker = next((o for o in s.orgs if o.key and o.start <= m.end() < o.end), None)
        if taker is None or not (
            _AMOUNT_NEXT.match(s.text, taker.end)
            or (m.group(0).startswith("presented") and _WITH_GIFT_NEXT.match(s.text, taker.end))
        ):
            continue
        if NOT_DONE.search(s.text, max(0, m.start() - 25), m.start()):
            return []
        giver = [k for k in _actors(s, 0, m.start()) if k != taker.key][-1:]
        if giver:
            return [
                Found(
                    "donation",
                    (giver[0],),
                    "donation.gave_whom",
                    0.7,
                    recipients=(taker.key,),  # type: ignore[arg-type]
                    date=date,
                )
            ]
    return []


def _goods(s: SentenceFacts) -> list[Found]:
    """Goods or money sent to, or received from, an organisation: a donation."""
    date, _ = _date(s)
    whom = _gave_whom(s, date)
    if whom:
        return whom
    for rx, sent in ((GOODS_SENT, True), (GOODS_RECEIVED, False)):
        for m in rx.finditer(s.text):
            what = m.group("what")
            money_told = re.match(r"(?:it|them)\b", what) and _MONEY.search(s.text, 0, m.start())
            if (not _GOODS.search(what) and not money_told) or _NOT_GOODS_PEOPLE.search(what):
                continue  # ("… CHF 6 million from its DREF, transferring it on 7 May to B")
            if _NOT_GOODS.search(what) and not _MONEY.search(what):
                continue  # "provided training to" (but "assistance worth USD 500,000" is a gift)
            if NOT_DONE.search(
                s.text[max(0, m.start() - 25) : m.start()]
            ) and not _ANNOUNCED_WILL.search(s.text, max(0, m.start() - 60), m.start()):
                continue
            other = _listed(s, m.end())
            if not other and s.publisher and _OUR_WORK.match(s.text, m.end()):
                other = [s.publisher]  # "released CHF 750,000 … to support our operation"
            listed_gift = (
                not other
                and sent
                and _LISTED_BULLET.search(s.text, 0, m.start())
                and _RECEIVED_LIST.search(s.previous_text)
            )
            if listed_gift:
                # "… has received further contributions: - B provided USD 300,000 for …"
                other = [k for k in (_article_society(s),) if k]
            elif (m.groupdict().get("prep") or "").lower() == "for":
                # "released CHF 800,000 from its fund for the society": only a body right after
                # "for" is a taker ("for flood relief" is a purpose)
                if not other:
                    continue
            elif not other and sent:
                other = _society_of_destination(s, m.end())
            there = _RECEIVED_THERE.match(s.text, m.end()) if sent and not other else None
            if there:  # "sent a ship … to Port Sudan, where it was received by B"
                other = _listed(s, there.end())[:1]
            through = _THROUGH.match(s.text, m.end()) if sent and not other else None
            if through:
                # "A dispatched 40 trucks to Gaza through B": B carries A's gift
                channel = _listed(s, through.end())[:1]
                giver = [k for k in _actors(s, 0, m.start()) if k not in channel][:1]
                if channel and giver:
                    return _supports(giver, channel, "support.gift_through", 0.65, date)
            if not other:
                continue
            subject = [k for k in _actors(s, 0, m.start()) if k != other[0]]
            if not subject and s.main_org and s.main_org != other[0]:
                subject = [s.main_org]
            if not subject:
                continue
            topic = what.strip(" ,") or None
            donors = [d for d in _subject_list(s, m.start()) if d not in other] or subject[:1]
            pairs = (
                [(d, o) for d in donors for o in other if d != o]
                if sent
                else [(o, subject[0]) for o in other]
            )
            if not sent:
                # "received 120 tonnes from the ICRC and 30 ambulances from the ERC"
                for more in re.finditer(r"\bfrom\s+(?:the\s+)?", s.text[m.end() :]):
                    pairs += [(o, subject[0]) for o in _listed(s, m.end() + more.end())]
            return [
                Found(
                    "donation",
                    (donor,),
                    "donation.goods_sent" if sent else "donation.goods_received",
                    0.7,
                    recipients=(recipient,),
                    date=date,
                    topic=topic,
                )
                for donor, recipient in dict.fromkeys(pairs)
                if donor != recipient
            ]
    return []


_SUBJECT_GAP = re.compile(
    r"\)?\s*(?:\([^)]*\)\s*)?(?:has|have|had|also|jointly|together|will|would|shall|are|is|"
    r"continue to|continues to|to|\s)*"
)


def _last_list(s: SentenceFacts, at: int) -> list[str]:
    """The organisations of the last list named before ``at`` ("A, B and the C")."""
    before = [o for o in s.orgs if o.key and o.end <= at]
    if not before:
        return []
    out = [before[-1].key]
    for prev, nxt in zip(reversed(before[:-1]), reversed(before[1:]), strict=False):
        if prev.end != nxt.end and not _LIST_GAP.fullmatch(s.text[prev.end : nxt.start]):
            break  # (two mentions at one span, "both societies", belong to the same list)
        if prev.key not in out:
            out.insert(0, prev.key)
    return out


def _opening_list(s: SentenceFacts, before: int) -> list[str]:
    """The sentence's subject when it is a list of organisations and no other is named
    before ``before``: "The Peruvian Red Cross and the Ecuadorian Red Cross also …"."""
    named = [o for o in s.orgs if o.key and o.end <= before]
    if not named or not re.fullmatch(r"\W*(?:The\s+)?", s.text[: named[0].start]):
        return []
    for prev, nxt in zip(named, named[1:], strict=False):
        if not _LIST_GAP.fullmatch(s.text[prev.end : nxt.start]):
            return []
    return list(dict.fromkeys(o.key for o in named))


def _subject_list(s: SentenceFacts, verb_at: int) -> list[str]:
    """The organisations listed as the subject right before a verb ("A and the B have …")."""
    before = [o for o in s.orgs if o.key and o.end <= verb_at]
    if not before:
        return []
    gap = s.text[before[-1].end : verb_at]
    if not _SUBJECT_GAP.fullmatch(gap):
        return []
    out = [before[-1].key]
    for prev, nxt in zip(reversed(before[:-1]), reversed(before[1:]), strict=False):
        if not _LIST_GAP.fullmatch(s.text[prev.end : nxt.start]):
            break
        if prev.key not in out:
            out.insert(0, prev.key)
    return out


_BUSINESS_LEAD = re.compile(
    r"(?:the\s+)?(?:[a-z-]+\s+){0,3}(?:chain|company|giant|firm|group|operator|retailer|bank|"
    r"provider|corporation|conglomerate|brand|manufacturer|carrier|insurer|app|platform|maker)\s+"
)
_LIST_GAP = re.compile(
    r"\)?\s*(?:[,;]\s*(?:and\s+)?(?:with\s+)?|\s+and\s+(?:with\s+)?|\s+as well as\s+|"
    r"[,;]?\s*\n\s*[-–•*·▪]\s+)(?:the\s+)?"
    r"(?:(?:National|Red Cross|Red Crescent)\s+[Ss]ocieties\s+(?:of|from|in)\s+(?:the\s+)?)?"
    r"|\s*\(\s*"
)


def _listed(s: SentenceFacts, at: int) -> list[str]:
    """The organisation named at ``at`` and those listed after it ("A, B and the C")."""
    out: list[str] = []
    pos = at
    lead = _BUSINESS_LEAD.match(s.text, at)
    if lead and any(o.key and o.start == lead.end() and o.kind == "company" for o in s.orgs):
        pos = lead.end()  # "with the food delivery app Rappi": the company named after its trade
    for o in s.orgs:
        if out and o.end == pos and o.key and o.key not in out and o.source == "coreference":
            out.append(o.key)  # "both societies": several organisations at one span
            continue
        if not o.key or (o.start < pos and s.text[o.start : pos].lower() != "the "):
            continue  # (a mention may begin with the "the " already read)
        gap = s.text[pos : o.start]
        if not (o.start - pos <= 3 and not gap.strip(" ")) and not (
            out and _LIST_GAP.fullmatch(gap)
        ):
            break
        if o.key not in out:
            out.append(o.key)
        pos = o.end
    return out


UNDER_AGREEMENT = re.compile(
    r"^\W*(?:under|as part of|through|in line with)\s+(?:the|this|that|their|its)\s+(?:new\s+)?"
    rf"{_DEAL_NOUNS}\b",
    re.I,
)


_GIFT_ALLOWS = re.compile(
    r"\b(?:will|would|has|have|is\s+set\s+to)?\s*(?:allow|allows|allowed|enable|enables|enabled|"
    r"help|helps|helped|let|lets)\s+(?:the\s+)?(?=[A-Z])"
)


#: "The response is part of the IFRC's Emergency Appeal": the appeal's owner backs the work
PART_OF_APPEAL = re.compile(
    r"^\W*(?:The|This|Its|Their|Our)\s+(?:[\w-]+\s+){0,2}(?:response|operation|programme|program|"
    r"project|work|activities|assistance|relief\s+effort)\s+(?:is|are|was|were|forms?)\s+(?:a\s+)?"
    r"part\s+of\s+(?:the\s+)?"
)
_OWNERS_WORK = re.compile(
    r"\s*['’]s?\s+(?:[\w-]+\s+){0,3}(?:[Aa]ppeal|[Oo]peration|[Pp]lan|[Pp]rogramme|[Rr]esponse)\b"
)


def rule_part_of_appeal(s: SentenceFacts) -> list[Found]:
    """ "The response is part of the IFRC's Emergency Appeal": the IFRC supports the body
    whose response it is (the article's)."""
    m = PART_OF_APPEAL.match(s.text)
    if not m:
        return []
    owner = next((o for o in s.orgs if o.key and o.start in (m.end(), m.end() - 4)), None)
    if owner is None or not _OWNERS_WORK.match(s.text, owner.end):
        return []
    doer = s.last_funded if s.last_funded and s.last_funded != owner.key else s.main_org
    if not doer or doer == owner.key:
        return []
    date, _ = _date(s)
    return _supports([owner.key], [doer], "support.part_of_appeal", 0.6, date)


PRESENTED_BY = re.compile(
    r"\b(?:cheques?|checks?|donations?|gifts?|grants?|contributions?)\b[^.;]{0,60}?\b(?:was|were|has\s+been)\s+"
    r"(?:presented|handed\s+over|given|made|donated)\s+by\s+(?:the\s+)?"
)
#: "Every pound given by employees of A to B will be matched by the company": A gives to B
_GIVEN_TO = re.compile(
    r"\b(?:given|donated|raised|contributed|pledged)\s+by\s+[^.;]{0,80}?\bto\s+(?:the\s+)?"
)
_MATCHED_BY = re.compile(r"\b(?:matched|doubled)\s+by\s+(?:the\s+)?")


def _matched(s: SentenceFacts) -> list[Found]:
    given = _GIVEN_TO.search(s.text) if "matched" in s.text or "doubled" in s.text else None
    matched = _MATCHED_BY.search(s.text, given.end()) if given else None
    if not matched:
        return []
    taker = _listed(s, given.end())[:1]
    matcher = [
        k for k in _listed(s, matched.end()) or _listed(s, matched.end() - 4) if k not in taker
    ]
    if not taker or not matcher:
        return []
    date, _ = _date(s)
    return [
        Found(
            "donation", (matcher[0],), "donation.matched", 0.65, recipients=(taker[0],), date=date
        )
    ]


_A_GIFT_FROM = re.compile(
    r"\b(?:were|was|are|is|came\s+as)\s+(?:a\s+|the\s+)?(?:gift|donation)s?\s+from\s+(?:the\s+)?"
)
_RECEIVED_LIST = re.compile(r"\b(?:received|receives|has\s+had)\b[^.]*:\s*$|^\s*[-–•*·▪]\s+")


#: "A (also) confirmed that B has contributed CHF 3 million to its … programme"
_REPORTED_GIFT_TO_ITS = re.compile(
    r"^[^.;]{3,80}?\b(?:said|says|confirmed|announced|reported|noted)\s+(?P<that>that\s+)"
    r"[^.;]{3,80}?\s(?P<gift>(?:has\s+|have\s+|had\s+)?(?:contributed|donated|given|granted|"
    r"pledged))\s+[^.;]{1,40}?\bto\s+its\s"
)


def rule_donation(s: SentenceFacts) -> list[Found]:
    """A gift of money or goods from a donor to a recipient (done, or committed to under
    an agreement: "Under the agreement, X will contribute …")."""
    presented = PRESENTED_BY.search(s.text) if " by " in s.text else None
    if presented:  # "A cheque for … was presented by A to B"
        giver = _listed(s, presented.end())[:1]
        to = re.search(r"\bto\s+(?:the\s+)?", s.text[presented.end() :])
        taker = _listed(s, presented.end() + to.end())[:1] if to else []
        if giver and taker and giver != taker:
            date, _ = _date(s)
            return [
                Found(
                    "donation",
                    (giver[0],),
                    "donation.presented_by",
                    0.7,
                    recipients=(taker[0],),
                    date=date,
                )
            ]
    to_its = _REPORTED_GIFT_TO_ITS.match(s.text) if " to its " in s.text else None
    if to_its and not NOT_DONE.search(s.text, to_its.start("gift") - 25, to_its.start("gift")):
        # "The Climate Centre confirmed that the Z Zurich Foundation has contributed CHF 3
        # million to its urban heat programme": to the programme of the one who told it
        teller = _keys(s.orgs, 0, to_its.start("that"))[:1]
        giver = [
            k for k in _keys(s.orgs, to_its.end("that"), to_its.start("gift")) if k not in teller
        ]
        if teller and giver:
            date, _ = _date(s)
            return [
                Found(
                    "donation",
                    (giver[-1],),
                    "donation.to_its",
                    0.6,
                    recipients=(teller[0],),
                    date=date,
                )
            ]
    gift_from = _A_GIFT_FROM.search(s.text) if " from " in s.text else None
    owner = (s.publisher or _article_society(s)) if gift_from else None
    if gift_from and owner:
        # "The 5,000 water coolers you see in every centre were a gift from A": to the
        # article's society (its own, in its blog)
        donor = [k for k in _listed(s, gift_from.end()) if k != owner][:1]
        if donor and not _keys(s.orgs, 0, gift_from.start()):
            date, _ = _date(s)
            return [
                Found(
                    "donation",
                    (donor[0],),
                    "donation.gift_from",
                    0.65,
                    recipients=(owner,),
                    date=date,
                )
            ]
    us = _GAVE_US.search(s.text) if s.publisher and " us " in s.text else None
    if us and (_GOODS.search(us.group("what")) or _MONEY.search(us.group("what"))):
        # "In February the IFRC gave us around 400,000 Swiss francs", told by (or for) a body
        # in the first person: a gift to it
        givers = [k for k in _actors(s, 0, us.start()) if k != s.publisher][-1:]
        if givers and not NOT_DONE.search(s.text, max(0, us.start() - 25), us.start()):
            date, _ = _date(s)
            return [
                Found(
                    "donation",
                    (givers[0],),
                    "donation.gave_us",
                    0.65,
                    recipients=(s.publisher,),
                    date=date,
                )
            ]
    m = DONATION.search(s.text)
    if not m:
        return _goods(s) or _matched(s)
    if NOT_DONE.search(s.text[max(0, m.start() - 25) : m.start()]) and not UNDER_AGREEMENT.search(
        s.text
    ):
        return []
    if _INVITED_TO.search(s.text, max(0, m.start() - 40), m.start()):
        return []  # "to let people donate to the society": an invitation, not a gift
    date, _ = _date(s)
    item = re.search(
        r"\b(?:donation|gift|contribution|grant) of (?:an? )?([^,.;]{3,80}?)"
        r"(?: to | for |[,.;]|$)",
        s.text,
    )
    topic = item.group(1).strip() if item else None
    thanks = THANKS_FOR.search(s.text)
    if thanks and thanks.start() < m.start():
        recipients = _actors(s, 0, thanks.start())
        donors = [k for k in _actors(s, thanks.end(), m.start()) if k not in recipients]
        if donors and recipients:
            return [
                Found(
                    "donation",
                    (donors[0],),
                    "donation.thanks",
                    0.8,
                    recipients=(recipients[0],),
                    date=date,
                    topic=topic,
                )
            ]
    to = re.search(r"\bto\s+(?:the\s+)?", s.text[m.end() :])
    # the one named right after "to" ("…, the RCSC said" after it is the donor again; "to
    # the appeal, which supports B" gives to the appeal, not to B)
    at = m.end() + to.start() if to else 0
    recipients = [o.key for o in s.orgs if o.key and at < o.start <= at + 8][:1] if to else []
    if to and not recipients:
        # "to the Zulia state health authority, Corposalud, which …": the body described
        named = next((o for o in s.orgs if o.key and o.start > at), None)
        if named and _DESCRIBED.fullmatch(s.text, m.end() + to.end(), named.start):
            recipients = [named.key]
    if to and not recipients and not re.search(r"\b(?:which|who|that)\b", s.text[at:]):
        recipients = _actors(s, at)[:1]  # "to families in Kenya through the Kenya Red Cross"
        first = next((o.start for o in s.orgs if o.key in recipients and o.start > at), None)
        if first is not None and re.search(r"\bwill\b", s.text[at:first]):
            recipients = []  # "… to Barbados, where the supplies will be received by B": a plan
    if m.group(0) in ("handed", "hands", "gave", "gives"):
        # "A handed the Red Cross a cheque …": the one handed it
        recipients = [o.key for o in s.orgs if o.key and m.end() < o.start <= m.end() + 6][
            :1
        ] or recipients
    donors = [k for k in _actors(s, 0, m.start()) if k not in recipients]
    semi = s.text.find(";", m.end())
    # (the giver "from" B is told in the gift's own clause, not after a semicolon)
    frm = re.search(r"\bfrom\s+(?:the\s+)?", s.text[m.end() : semi if semi > 0 else len(s.text)])
    if frm and _STILL_PENDING.match(s.text, m.end() + frm.end()):
        frm = None  # "… from B is being finalised": not given yet
    if frm and _BOUGHT_WITH.search(s.text, max(0, m.end() + frm.start() - 60), m.end() + frm.end()):
        frm = None  # "… handed over to B 30 sets, purchased with funds from C": C paid, A gives
    if frm:
        donors = _keys(s.orgs, m.end() + frm.start(), m.end() + frm.start() + 80) or donors
    by = re.match(r"\w*\s+by\s+(?:the\s+)?", s.text[m.end() :])
    if by:  # "supplies donated by A … were handed over to B"
        donors = [k for k in _keys(s.orgs, m.end(), m.end() + by.end() + 1) if k not in recipients]
        donors = (
            donors or [k for k in _keys(s.orgs, m.end() + by.end(), m.end() + by.end() + 80)][:1]
        )
        if not recipients and re.search(
            r"\b(?:received|receives|got|accepted|distributed|distributes|distributing|"
            r"handed\s+out|unloaded)\b",
            s.text[: m.start()],
        ):
            # "A has received 200 tents, donated by B": the receiver named before the gift;
            # "volunteers of A distributed water donated by B": the one who hands it out
            recipients = [k for k in _actors(s, 0, m.start()) if k not in donors][:1]
    taken_by = _GOODS_RECEIVED_BY.search(s.text, m.end()) if not recipients else None
    if taken_by and donors:
        # "40 tonnes of rations gifted by A arrived at the port and were received by B": B
        recipients = [k for k in _listed(s, taken_by.end()) if k not in donors][:1]
    later_by = _TO_THEN_BY.match(s.text, m.end()) if recipients and not by else None
    if later_by and _PASSIVE_BEFORE.search(s.text, max(0, m.start() - 12), m.start()):
        # "The kits were donated to B by the retailer A": A gives
        end = later_by.end()
        givers = [k for k in _keys(s.orgs, end, end + 40) if k not in recipients][:1]
        donors = givers or donors
    allows = _GIFT_ALLOWS.search(s.text, m.end()) if not recipients else None
    if allows:  # "A grant of … from A will allow B to …": B receives it
        recipients = _listed(s, allows.end())[:1]
        donors = [k for k in donors if k not in recipients]
    if not recipients and frm and donors:
        # "A received a donation of … from B": the receiver is named before the gift
        recipients = [k for k in _actors(s, 0, m.start()) if k not in donors][:1]
        comma = s.text.find(",", m.end() + frm.end())
        if not recipients and comma > 0 and re.match(r"\W*(?:[Tt]hanks to|With)\b", s.text):
            # "Thanks to a donation from B, A runs …": the one who acts after the comma
            donors = _keys(s.orgs, m.end() + frm.start(), comma) or donors[:1]
            recipients = [k for k in _actors(s, comma) if k not in donors][:1]
    shares = _WITH_SHARES.search(s.text, m.end()) if recipients and not donors else None
    if shares:
        # "Four partners pledged CHF 46 million to B, with A committing CHF 14 million, C
        # CHF 9 million …": each body named in the list gives
        donors = [k for k in _keys(s.orgs, shares.end()) if k not in recipients]
    if not donors and s.main_org and recipients and s.main_org not in recipients and not by:
        donors = [s.main_org]  # (not when the donor named after "by" is no body we know)
    others = [k for k in donors if k != s.publisher]
    if (
        others
        and not recipients
        and s.publisher
        and (
            FIRST_PERSON.search(s.text, m.end())
            or re.search(r"\b(?:us|our)\b", s.text[: m.start()])
            # "HiperDino donated 14 tonnes of food" in a society's own blog: to the writer
            or (s.publisher.startswith("ns-") and not frm and not to)
        )
    ):
        # "We thank A, whose staff presented a cheque at our office": A gives to the writer
        recipients, donors = [s.publisher], others
    home = _article_society(s) if donors and not recipients and not frm else None
    if (
        home
        and home not in donors
        and _LISTED_BULLET.search(s.text, 0, m.start())
        and (
            not any(d.startswith("ns-") or d in ("ifrc", "icrc") for d in donors)
            # "The National Society has received further contributions: - A contributed …"
            or _RECEIVED_LIST.search(s.previous_text)
        )
    ):
        # "- Dedeman donated 4,000 blankets …" in a society's list of its partners: to it
        recipients = [home]
    if (
        donors
        and not recipients
        and not to
        and s.main_org
        and s.main_org.startswith("ns-")
        and s.main_org not in donors
        and donors[0].startswith("ns-")
        and not [o for o in s.orgs if o.key and o.key not in donors]
        # (the donor opens the sentence: not the second clause of another gift)
        and _OPENS.match(s.text[: next(o.start for o in s.orgs if o.key)])
        and not FIRST_PERSON.search(s.text)
        # ("… pledged GBP 150,000 towards the replenishment of the allocation": to a fund)
        and not re.search(
            r"\btowards?\b|\b(?:for|into|to)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}(?:appeal|fund|"
            r"DREF|replenishment|allocation|budget)",
            s.text[m.end() :],
        )
    ):
        # "Australian Red Cross has donated 800 hygiene kits" in a story of another society's
        # operation: to that society
        recipients = [s.main_org]
    if donors and not recipients and s.joint_parties and UNDER_AGREEMENT.search(s.text):
        # "Under the agreement, A will contribute …": to the other parties of the agreement
        recipients = [k for k in s.joint_parties if k not in donors][:1]
    if donors and recipients:
        # "A and B contributed USD 500,000 and USD 300,000 respectively to C": each gives
        listed = [k for k in _subject_list(s, m.start()) if k not in recipients]
        givers = listed if len(listed) >= 2 and listed[0] == donors[0] else donors[:1]
        if shares:
            givers = donors
        out = [
            Found(
                "donation",
                (giver,),
                "donation.to",
                0.7,
                recipients=(recipients[0],),
                date=date,
                topic=topic,
            )
            for giver in givers
        ]
        via = re.search(r"\bthrough\s+(?:the\s+)?", s.text[m.end() :])
        channel = [k for k in _listed(s, m.end() + via.end()) if k not in recipients] if via else []
        if channel and channel[0] != donors[0]:
            # "A contributed … through the B to C": B carries the gift to C
            out.append(
                Found(
                    "support",
                    (channel[0],),
                    "support.channel",
                    0.6,
                    recipients=(recipients[0],),
                    date=date,
                    topic=topic,
                )
            )
        return out + _more_gifts(s, m, date, recipients[0])
    return []


_GAVE_US = re.compile(
    r"\b(?:gave|has\s+given|have\s+given|gives|granted|sent|handed|lent|loaned)\s+us\s+"
    r"(?P<what>[^.;]{1,80})"
)
_BOUGHT_BEFORE = re.compile(r"\b(?:purchased|bought|procured|acquired)\s+$")
_BOUGHT_WITH = re.compile(
    r"\b(?:purchased|bought|procured|acquired|financed|paid\s+for)\s+(?:with|through|using)\s+"
    r"(?:[\w-]+\s+){0,2}(?:funds|funding|money|grants?|support|a\s+contribution)\s+from\s+"
    r"(?:the\s+)?$"
)
_WITH_SHARES = re.compile(
    r",\s+with\s+(?=(?:the\s+)?[A-Z][^,;]{2,80}?\s+(?:committing|pledging|giving|contributing|"
    r"providing|donating)\b)"
)
_LISTED_BULLET = re.compile(r"(?:^|:)\s*[-–•*·▪]\s+")
_GOODS_RECEIVED_BY = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:received|collected|taken\s+over)"
    r"\s+by\s+(?:the\s+)?"
)
_TO_THEN_BY = re.compile(r"\w*\s+to\s+(?:the\s+)?[^,;]{1,80}?\s+by\s+(?:the\s+)?")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$")
_FURTHER = re.compile(r"\s+(?:a\s+further|another|an\s+additional|a\s+second)\b")


def _more_gifts(
    s: SentenceFacts,
    first: re.Match[str],
    date: DateValue | None,
    first_taker: str | None = None,
) -> list[Found]:
    """ "A pledged X to B and C pledged Y to D": each later gift with a giver of its own."""
    out: list[Found] = []
    out_takers = [first_taker] if first_taker else []
    last = first
    for m in DONATION.finditer(s.text, first.end()):
        givers = _keys(s.orgs, last.end(), m.start())
        to = re.match(r"[^.;]{0,60}?\bto\s+(?:the\s+)?", s.text[m.end() :])
        takers = _actors(s, m.end() + to.end())[:1] if to else []
        if not takers and out_takers and _FURTHER.match(s.text, m.end()):
            takers = out_takers[-1:]  # "… and B pledged a further USD 500,000": to the same
        # the giver is the last body named before the verb, after the previous gift's taker
        givers = givers[-1:] if len(givers) >= 2 else []
        if givers and takers and givers[0] != takers[0]:
            out.append(
                Found(
                    "donation",
                    (givers[0],),
                    "donation.to",
                    0.65,
                    recipients=(takers[0],),
                    date=date,
                )
            )
        last = m
    return out


_THE_VISITORS = re.compile(
    r"\b(?:the|this|our)\s+(?:\w+[- ]){0,2}(?:delegation|team|visitors|guests|delegates|"
    r"mission)\b",
    re.I,
)
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:also\s+|then\s+|later\s+|subsequently\s+)?$")
_THE_SOCIETY = re.compile(
    r"\b(?:the|our)\s+(?:society|organi[sz]ation|federation|national society)(?:['’]s)?\b", re.I
)
_DEMONYM_SIDE = re.compile(
    r"\b[Tt]he\s+([A-Z][\w-]+)\s+(?:delegation|side|team|delegates|guests)\b"
)
_COUNTERPART = re.compile(r"\b(?:his|her|their|its)\s+([A-Z][\w-]+)\s+counterparts?\b")


#: "early discussions with B", "informal talks with B": talks at a stage, not a meeting told
_EARLY_TALKS = re.compile(
    r"\b(?:early|preliminary|initial|exploratory|informal|ongoing|continuing|further)\s+$", re.I
)
#: "talks with B on a similar protocol have begun / are continuing": talks under way
_TALKS_GO_ON = re.compile(
    r"[^.;,]{0,120}?\b(?:have|has)\s+(?:only\s+)?(?:just\s+)?(?:begun|started)\b|"
    r"[^.;,]{0,120}?\b(?:are|is)\s+(?:still\s+)?(?:continuing|ongoing|under\s+way|underway)\b"
)
#: ", while B held talks with C": a second meeting, told in a clause of its own
_WHILE_CLAUSE = re.compile(r",\s+(?:while|whereas)\s+")


def rule_meeting(s: SentenceFacts) -> list[Found]:
    """Representatives met, held talks or visited: the subject with each organisation met."""
    both = _WHILE_CLAUSE.search(s.text) if ", wh" in s.text else None
    if both and MEETING.search(s.text, 0, both.start()) and MEETING.search(s.text, both.end()):
        # "A met B to discuss …, while a C delegation held talks with D": two meetings
        first = _rule_meeting(_without(s, both.start(), len(s.text)))
        second = _rule_meeting(_without(s, 0, both.end()))
        if first and second:
            return first + second
    return _rule_meeting(s)


def _rule_meeting(s: SentenceFacts) -> list[Found]:
    support = SUPPORT_WITH.search(s.text)
    funded = set()
    if support:
        end = s.text.find(",", support.end())
        funded = set(_keys(s.orgs, support.end(), len(s.text) if end < 0 else end))
    call = _CALL_BY_ON.search(s.text) if " by " in s.text else None
    if call:
        found = _call_by_on(s, call)
        if found:
            return found
    for m in MEETING.finditer(s.text):
        before = s.text[max(0, m.start() - 20) : m.start()]
        if re.search(
            r"\b(?:will|plans? to|to|would\s+(?:welcome|like|be\s+open\s+to))\s+"
            r"(?:(?:arrange|organi[sz]e|hold|set\s+up)\s+)?$",
            before,
        ):
            return []  # ("efforts to arrange talks with B", "would welcome talks": sought)
        if m.group(0).endswith(" with") and (
            _EARLY_TALKS.search(before) or _TALKS_GO_ON.match(s.text, m.end())
        ):
            continue  # "early discussions with B … have begun", "talks with B are continuing"
        if m.group(0) == "met" and _COSTS_WERE.search(s.text, max(0, m.start() - 90), m.start()):
            continue  # "the society's costs for the conference were met by A": A paid them
        if m.group(0).lower().startswith("visit") and (
            re.search(
                r"\b(?:a|an|the|joint|official|working|their|his|her|its|[\w-]+-day)\s+$",
                before,
                re.I,
            )
            or re.match(r"\s+(?:a|an)\s", s.text[m.end() :])
        ):
            continue  # "a joint visit of …" (a noun), "visited a distribution site" (a place)
        verb = m.group(0).lower()
        if verb == "called on" and _URGED.match(s.text, m.end()):
            continue  # "called on all parties to respect …": an appeal, not a visit
        if verb in ("received", "receives", "welcomed", "hosted") and not _received_visitor(
            s, m.end()
        ):  # "welcomed new pledges", "hosted the forum": no visitor named
            continue
        if verb == "hosted" and s.text.startswith(" by", m.end()):
            continue  # "the X Forum, … and hosted by A": A hosts the event, no visit
        if verb.endswith("received by") and _CONSIGNMENT.search(s.text, 0, m.start()):
            continue  # "40 tonnes of rations … were received by B": goods, not a visitor
        found = _meeting_at(s, m, funded)
        if found:
            return found
    return []


#: what arrives as goods: "40 tonnes of dry rations gifted by A … were received by B"
_CONSIGNMENT = re.compile(
    r"\b(?:tonnes|tons|kits|items|supplies|rations|goods|parcels|consignments?|cargo|shipments?|"
    r"cheque|donation|gift|gifted|donated|funds)\b",
    re.I,
)
#: "costs … were met" (by whoever paid them)
_COSTS_WERE = re.compile(
    r"\b(?:costs?|expenses|bills?|fees|needs|shortfall)\b[^.;]{0,70}?\b(?:were|was|are|is|be|"
    r"been|being)\s+(?:fully\s+|partly\s+|largely\s+|entirely\s+)?$"
)
#: "a courtesy call by the Japanese delegation on Health Secretary A B"
_CALL_BY_ON = re.compile(
    r"\b(?:courtesy|official|working|farewell|introductory)\s+(?:call|visit)\s+(?:paid\s+)?by\s+"
    r"(?P<by>[^.;]{1,80}?)\s+(?:on|to)\s+(?=(?:the\s+)?[A-Z])"
)


def _call_by_on(s: SentenceFacts, m: re.Match[str]) -> list[Found]:
    """ "The signing followed a courtesy call by A on B": A met B."""
    visitors = _actors(s, m.start("by"), m.end("by"))
    side = _DEMONYM_SIDE.search(m.group("by")) or re.search(
        r"\b([A-Z][\w-]+)\s+(?:delegation|side|team|delegates)\b", m.group("by")
    )
    if not visitors and side:
        code = gazetteer().demonyms.get(norm_token(side.group(1)))
        key = f"ns-{code.lower()}" if code else None
        visitors = [key] if key and (key in s.doc_orgs or key in _keys(s.orgs)) else []
    clause = re.search(r"[,;]|\s+(?:where|during|when)\b", s.text[m.end() :])
    hosts = [
        k
        for k in _actors(s, m.end(), m.end() + (clause.start() if clause else len(s.text)))
        if k not in visitors
    ]
    if not visitors or not hosts:
        return []
    date, _ = _date(s)
    return [Found("meeting", (visitors[0], *hosts[:3]), "meeting.call_by_on", 0.7, date=date)]


_ON_A_VISIT = re.compile(
    r"\b(?:[Dd]uring|[Oo]n|[Ii]n the course of)\s+(?:his|her|their|its|the|a)\s+(?:[\w-]+\s+){0,3}"
    r"(?:visit|trip|tour)\b"
)
#: "called on X to respect …" urges X; "called on the Minister to discuss …" visits
_URGED = re.compile(
    r"[^.;]{0,100}?\bto\s+(?!(?:discuss|review|explore|exchange|present|brief|congratulate|"
    r"thank|introduce|bid|pay|meet|sign|follow)\b)[a-z]+"
)


_A_DELEGATION = re.compile(
    r"\s+(?:a |the |an )?(?:[\w-]+ ){0,2}(?:delegations?|visitors|guests|representatives?)\b"
)


def _received_visitor(s: SentenceFacts, at: int) -> bool:
    """ "received German Red Cross President X", "received the ICRC's head": a visitor (an
    organisation or one of its officials named right after), not a gift."""
    if re.match(
        r"\s+(?:a |the |an |its |their )?(?:[\w-]+ ){0,2}(?:delegations?|visit|visitors|guests|"
        r"representatives?|counterparts?|officials)\b"
        # "hosted colleagues from the Slovak Red Cross, …"
        r"|\s+(?:colleagues|partners|teams)\s+(?:from|of)\s+(?:the\s+)?[A-Z]",
        s.text[at:],
    ):
        return True
    new = re.match(
        r"(?:\s+(?:on\s+|this\s+|last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
        r"Sunday|yesterday|today),?)?"  # "received on Tuesday the Ambassador of …"
        r"(?:\s+(?:yesterday|today))?"
        r"(?:\s+(?:at|to)\s+(?:his|her|its|their|the|our)\s+(?:[\w'’-]+\s+){0,2}(?:office|headquarters|"
        r"residence|premises|venue)(?:\s+in\s+[A-Z][\w'-]+(?:\s+(?!(?:Mr|Ms|Mrs|Dr|Prof|H\.?E)\b)"
        r"[A-Z][a-z][\w'-]*){0,2})?,?"
        r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|"
        r"today),?)?)?"
        r"(?:\s+(?:H\.?\s?E\.?|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|His Excellency|Her Excellency))*"
        r"(?:\s+(?:the\s+)?(?:newly[- ]appointed|recently appointed|new|outgoing|incoming|"
        r"visiting)(?=\s))?",
        s.text[at:],
    )
    at += new.end() if new else 0  # "received at his office in Doha H.E. Mr. …", "received
    # the newly appointed Head of …"
    if re.match(
        r"\s+(?:the\s+)?(?:[Hh]ead|President|Secretary|Director|Chair|Ambassador|"
        r"Minister|Representative|Vice)"
        r"|\s+the\s+(?:president|secretary[- ]general|chair(?:man|woman|person)?|director"
        r"(?:[- ]general)?|ambassador|minister|governor)\s+(?:of|at)\s",
        s.text[at:],
    ):
        return True  # a post: its holder visits
    if new and new.end() and _A_DELEGATION.match(s.text, at):
        return True  # "welcomed to our headquarters in Warsaw a delegation of …"
    nxt = next((o for o in s.orgs if o.key and o.start >= at), None)
    person = next((p for p in s.posts if p.start >= at), None)
    first = min(
        (x for x in (nxt and nxt.start, person and person.start) if x is not None), default=None
    )
    return first is not None and first - at <= 6 and not DONATION.search(s.text[at : first + 1])


_NEXT_CLAUSE = re.compile(
    r",?\s+and\s+(?:also\s+|then\s+|later\s+)?(?:visited|toured|inspected|went|travelled|"
    r"traveled|opened|launched|handed|distributed)\b"
    # "met B to review the implementation of the AU's framework": the purpose names no party
    r"|\s+to\s+(?:review|discuss|explore|assess|examine|evaluate|follow\s+up\s+on)\s+the\s+"
    r"(?:implementation|progress|status|outcome|results?)\b"
)


_SAYS_AFTER = re.compile(r"\s+(?:said|says|told|added|stated)\b")


def _without(s: SentenceFacts, a: int, b: int) -> SentenceFacts:
    """The sentence with the part [a, b) blanked out (an aside whose names play no part)."""
    return replace(
        s,
        text=s.text[:a] + " " * (b - a) + s.text[b:],
        orgs=[o for o in s.orgs if not a <= o.start < b],
        posts=[p for p in s.posts if not a <= p.start < b],
    )


#: "the visitors, accompanied by Mr. A, paid a courtesy call on B": A's body goes too
_ACCOMPANIED = re.compile(r",\s*(?:who\s+(?:was|were)\s+)?accompanied\s+by\s+([^,;]{2,90}),")


def _meeting_at(s: SentenceFacts, m: re.Match[str], funded: set[str]) -> list[Found]:
    aside = _ACCOMPANIED.search(s.text, 0, m.start())
    if aside:
        found = _meeting_at(_without(s, aside.start(), aside.end()), m, funded)
        companions = [k for k in _actors(s, aside.start(1), aside.end(1)) if k not in funded]
        return [
            replace(f, parties=tuple(dict.fromkeys([*f.parties[:1], *companions, *f.parties[1:]])))
            for f in found
        ]
    subj = [k for k in _actors(s, 0, m.start()) if k not in funded]
    side = _DEMONYM_SIDE.search(s.text[: m.start()])
    if not subj and side:  # "the Mongolian delegation held consultations …"
        code = gazetteer().demonyms.get(norm_token(side.group(1)))
        subj = [f"ns-{code.lower()}"] if code and f"ns-{code.lower()}" in gazetteer().orgs else []
    if (
        not subj
        and s.delegation
        and (
            _THE_VISITORS.search(s.text[: m.start()])
            # "… a delegation of A travelled to Kharkiv. They met B": the delegation
            or (re.match(r"\W*They\s+(?:also\s+|then\s+|later\s+)?$", s.text[: m.start()]))
        )
    ):
        subj = [s.delegation]  # "the delegation met …": the organisation it represents
    if not subj and s.main_org and _THE_SOCIETY.search(s.text[: m.start()]):
        subj = [s.main_org]  # "the society's teams met …": the article's organisation
    if not subj and s.visitor and _THE_VISIT.match(s.text):
        subj = [s.visitor]  # "The visit ended with a meeting with …": the visitor's
    pronoun = _PRONOUN.search(s.text[: m.start()]) if not subj and s.speaker_org else None
    if pronoun and re.search(
        r"\b(?!(?:In|On|At|During|After|Before|From|The|Since|When|While|Later|Earlier|"
        r"Then|Also)\b)[A-Z][a-z]+\s+[A-Z][a-z]+",
        s.text[: pronoun.start()],
    ):
        pronoun = None  # "Governor A B visited …, where he met …": he is A B, of no body named
    if pronoun:
        subj = [s.speaker_org]  # "In Aden, she held talks with …": the last official named
    if not subj:
        return []
    # "paid a courtesy call on A, and visited camps run by B": the call's, up to the next verb
    clause = _NEXT_CLAUSE.search(s.text, m.end())
    objs = [
        k
        for k in _actors(s, m.end(), clause.start() if clause else None)
        if k not in subj and k not in funded
    ]
    if (
        objs
        and re.search(r"(?:talks|discussions|consultations)$", m.group(0))
        and re.match(
            r"\s+(?:on|about|over|regarding|concerning)\s(?![^.;]*\bwith\b)", s.text[m.end() :]
        )
    ):
        # "A and B held talks on integrating Red Cross data …": the topic names no party
        objs = []
    if not objs and len(subj) >= 2 and not re.search(r"\bwith\b", s.text[m.end() : m.end() + 20]):
        objs, subj = subj[1:], subj[:1]  # "A and B held a coordination meeting": they met
    counterpart = _COUNTERPART.search(s.text, m.end())
    if not objs and counterpart:
        # "held talks with his Moroccan counterpart": the same kind of body of that country
        code = gazetteer().demonyms.get(norm_token(counterpart.group(1)))
        kind = subj[-1].split("-")[0]
        if code and kind in ("ns", "gov") and f"{kind}-{code.lower()}" != subj[-1]:
            objs = [f"{kind}-{code.lower()}"]
    if not objs:
        return []
    date, _ = _date(s)
    place = _place(s)
    rest = s.text[m.end() :]
    apart = bool(
        re.match(r"\s+(?:on\s+[A-Z][a-z]+day\s+|yesterday\s+|today\s+)?with\b", rest)
        and _WITH_EACH.search(rest)
    ) or (m.group(0).lower().startswith("visit") and len(_IN_PLACE.findall(rest)) >= 2)
    if apart and len(objs) >= 2:
        # "held talks with A on …, and with B on …", "visited A in Cairo and B in Aswan":
        # one meeting with each
        return [
            Found("meeting", (subj[-1], o), "meeting.each", 0.7, date=date, place=_place_of(s, o))
            for o in objs[:20]
        ]
    on_a_visit = m.group(0).lower() in ("met", "meets") and _ON_A_VISIT.search(s.text)
    # "met separately with A and B", "held separate talks with": one meeting with each
    separately = re.search(
        r"\bseparate(?:ly)?\b", s.text[max(0, m.start() - 25) : m.end() + 25]
    ) or re.search(
        # ("… on refugees, and in a separate meeting with B on …": one with each)
        r"\b(?:for\s+separate\s+(?:talks|meetings|discussions)|in\s+a\s+separate\s+"
        r"(?:meeting|session|conversation|discussion)\s+with)\b",
        s.text[m.end() :],
    )
    # "In separate meetings on the sidelines, A met B and C"
    separately = separately or re.match(
        r"\W*(?:In|During)\s+(?:two\s+|three\s+)?separate\s+(?:bilateral\s+)?(?:meetings|talks|"
        r"discussions|encounters)\b",
        s.text,
    )
    if (
        separately
        or re.search(r"meetings\b", m.group(0), re.I)
        or len(objs) > 4
        or (on_a_visit and len(objs) >= 2)
    ):
        # "During her visit to Addis Ababa, A met B, C and D": one meeting with each; "A and
        # B each held separate meetings with C": each of them with C
        each = separately and re.search(r"\beach\b", s.text[: m.end()])
        return [
            Found("meeting", (who, o), "meeting.series", 0.75, date=date, place=place)
            for who in (subj if each else subj[-1:])
            for o in objs[:20]
        ]
    return [
        Found(
            "meeting",
            tuple(dict.fromkeys([*subj, *objs])),
            "meeting.met",
            0.75,
            date=date,
            place=place,
        )
    ]


_WITH_EACH = re.compile(
    r"(?:,\s*|\band\s+)(?:then\s+|later\s+|also\s+)?with\s+(?:the\s+)?(?:[A-Z]|(?:head|"
    r"president|secretary|director|chair|representatives?|officials?)\b)"
)
_IN_PLACE = re.compile(r"\bin\s+[A-Z][a-z]+")


def _place_of(s: SentenceFacts, key: str) -> Place | None:
    """The place told right after one organisation ("the ICRC delegation in Cairo"), else the
    sentence's."""
    for o in s.orgs:
        if o.key == key:
            here = next(
                (
                    p
                    for p in s.places
                    if o.end <= p.start <= o.end + 40 and "," not in s.text[o.end : p.start]
                ),
                None,
            )
            if here is not None:
                return Place(here.text, here.country)
    return _place(s)


_TRAILING_WHEN = re.compile(
    r"\s+(?:on|in|at|since)\s+(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|January|February|March|April|May|June|July|August|September|October|November|"
    r"December)$"
)


def _cut_where_when(name: str) -> str:
    """ "X Forum in Islamabad on Saturday" → "X Forum": the place and day are not its name."""
    from graph.extract.organisations import find_places

    while True:
        cut = _TRAILING_WHEN.sub("", name)
        where = re.search(r"\s+(?:in|at)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})$", cut)
        if where and find_places(where.group(1)):
            cut = cut[: where.start()]
        if cut == name:
            return name
        name = cut


QUOTED_EVENT = re.compile(
    r"(?:\b(?:forum|conference|summit|congress|assembly|symposium|workshop|dialogue|seminar)\s+"
    # '… of "Calor sin Fronteras", the online dialogue on extreme heat': the kind after it
    r"|(?=[\"“«][^\"”»]{3,80}[\"”»],\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}(?:forum|conference|"
    r"summit|congress|assembly|symposium|workshop|dialogue|seminar|webinar)\b))"
    r"[\"“«]([^\"”»]{3,80})[\"”»]",
    re.I,
)


#: The head word of an event's name ("Conference", "Council" …)
_HEAD_WORD = re.compile(rf"\b(?:{event_heads_pattern()})\b")


def _a_place(name: str) -> bool:
    """Whether ``name`` is a country or a place the gazetteer knows ("Tonga", "Geneva")."""
    words = tuple(norm_token(w) for w in name.split())
    gz = gazetteer()
    return words in gz.countries or words in gz.places


def _event_name(text: str) -> str | None:
    quoted = QUOTED_EVENT.search(text)
    m = EVENT_NAME.search(text)
    if quoted and (not m or quoted.start() < m.start()):
        return quoted.group(1).strip()  # the international forum "Humanitarian cooperation …"
    if not m:
        return None
    name = m.group(1).strip()
    name = re.sub(r"^(?:(?:of|on|for|and|in|the)\s+)+", "", name)  # "on the Kampala …"
    first = name.split(" ", 1)[0].lower()
    if first in MONTHS:  # "from 21 to 23 October for the Regional Forum …"
        name = re.sub(r"^\S+\s+(?:for|at|during|of)\s+(?:the\s+)?", "", name)
    head = _HEAD_WORD.search(name)
    lead = name[: head.start()] if head else ""
    place_for = re.match(r"(.+?)\s+(?:for|to)\s+(?:the\s+)?(?=[A-Z\d])", lead)
    if place_for and _a_place(place_for.group(1)):
        # "flew to Tonga for the Pacific … Forum": the name after the place
        name = name[place_for.end() :]
        head = _HEAD_WORD.search(name)
        lead = name[: head.start()] if head else ""
    if any(w in lead.lower().split() for w in (*WEEKDAYS, *MONTHS)):
        # "in Paris on Tuesday for the Paris Humanitarian Forum": the name after the when
        name = re.split(r"\s(?:for|at|to)\s(?:the\s)?", name, maxsplit=1)[-1]
    name = re.sub(r"\s+(?:held|in|on)$", "", name)
    name = re.sub(r"\s*\(\w+\)$", "", name)  # "… Societies (IFRC)"
    name = _cut_where_when(name)
    return name if len(name.split()) >= 2 else None


#: "attended a workshop on first aid training hosted by A": an unnamed gathering and its host
_UNNAMED_GATHERING = re.compile(
    r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?(?:workshop|seminar|meeting|training|course|session)\b"
    r"[^.;]*?\b(?:hosted|organi[sz]ed|convened|run)\s+by\s+(?:the\s+)?"
)


def _attended_unnamed(s: SentenceFacts, m: re.Match[str]) -> list[Found]:
    """ "Representatives of A and B attended a workshop hosted by C": a meeting of all three
    (an unnamed gathering is a meeting of its participants, not an event of its own)."""
    gathering = _UNNAMED_GATHERING.match(s.text, m.end())
    if not gathering:
        return []
    parties = [*_actors(s, 0, m.start()), *_listed(s, gathering.end())[:1]]
    parties = list(dict.fromkeys(parties))
    if len(parties) < 2:
        return []
    date, _ = _date(s)
    return [
        Found(
            "meeting",
            tuple(parties),
            "meeting.attended_gathering",
            0.65,
            date=date,
            place=_place(s),
        )
    ]


_THE_DEAL_SUBJECT = re.compile(
    r"^\W*(?:The|This|Their)\s+(?:[\w-]+\s+){0,2}(?:collaboration|partnership|agreement|"
    r"memorandum|MoU|initiative|alliance|programme|project)\b"
)


def rule_participation(s: SentenceFacts) -> list[Found]:
    """Organisations that took part in (or observed) a named conference or summit."""
    m = PARTICIPATION.search(s.text)
    if not m:
        return []
    name = _event_name(s.text[m.end() :])
    at = s.text.find(name, m.end()) if name else -1
    heads = list(re.finditer(_HEAD_WORD, name)) if name and at >= 0 else []
    head = (at + heads[-1].start(), at + heads[-1].end()) if heads else None
    if head and any(o.key and o.start <= head[0] and head[1] <= o.end for o in s.orgs):
        # "attended by representatives of the Gulf Cooperation Council": a body whose name
        # ends like an event's, not an event
        name = None
    if not name:
        return _attended_unnamed(s, m)
    observers_flag = bool(re.search(r"\bobservers?\b", s.text[: m.end() + 20], re.I))
    parties = _actors(s, 0, m.start())
    if not parties and _THE_DEAL_SUBJECT.match(s.text):
        # "The collaboration, launched on the sidelines of the X Assembly, …": its partners
        parties = list(s.joint_parties)
    # "A was represented at X by its President, …, and B by its Secretary General": B too
    parties += [
        o.key
        for o in s.orgs
        if o.key
        and o.start > m.end()
        and o.key not in parties
        and re.match(r"\s+by\s+(?:its|their)\b", s.text[o.end :])
        and re.search(r"\band\s+(?:the\s+)?$", s.text[: o.start])
    ]
    if not parties and not re.search(
        r"\b(?:representatives|delegations|delegates|leaders|"
        r"officials|societies|organi[sz]ations)\b",
        s.text[: m.start()],
        re.I,
    ):
        return []
    ev_start = s.text.find(name)
    in_name = [
        m.key
        for m in s.orgs
        if m.key
        and ev_start >= 0
        and ev_start <= m.start < ev_start + len(name)
        and (m.key.startswith("ns-") or m.key in ("ifrc", "icrc"))
    ]
    in_name = list(dict.fromkeys(in_name))
    date, end = _date(s)
    theme = re.search(
        r"\bunder the (?:theme|title|slogan)\s*[:,]?\s*[\"“']([^\"”']+)[\"”']", s.text
    )
    found = Found(
        "participation",
        tuple(in_name if observers_flag else [*parties, *[k for k in in_name if k not in parties]]),
        "participation.took_part",
        0.8,
        name=name,
        observers=tuple(parties) if observers_flag else (),
        date=date,
        end_date=end,
        place=_place(s),
        theme=theme.group(1) if theme else None,
    )
    return [found]


def rule_mission(s: SentenceFacts) -> list[Found]:
    """A mission or deployment sent by an organisation to a place."""
    m = MISSION.search(s.text)
    if not m or not re.search(
        r"\b(?:launch(?:ed|es)?|sent|sends|sending|deployed|deploys|dispatched|"
        r"began|started|arrived|travell?ed|visited|conducted|carried out|undert(?:ook|aken))\b",
        s.text,
        re.I,
    ):
        return []
    senders = _actors(s, 0, m.start())[:1] or ([s.main_org] if s.main_org else [])
    of = re.match(r"\s+(?:of|by|from)\s+(?:the\s+)?", s.text[m.end() :])
    if of and re.search(r"\bjoint\b", s.text[max(0, m.start() - 40) : m.start()], re.I):
        # "A joint assessment mission of A, B and C travelled to …": all of them
        senders = _listed(s, m.end() + of.end()) or senders
    elif re.search(r"\bjoint\s+(?:[\w-]+\s+){0,2}$", s.text[max(0, m.start() - 40) : m.start()]):
        senders = _actors(s, 0, m.start()) or senders  # "A and B conducted a joint mission"
    place = None
    for p in s.places:
        if p.start > m.start() and not any(o.start <= p.start < o.end for o in s.orgs):
            place = Place(p.text, p.country)  # (not "Pakistan" inside a society's name)
            break
    if place is None:  # "… travelled to Sindh province": a destination no list knows
        # (or "… to support the society's flood response in Derna")
        for to in re.finditer(
            # ("… sent a team to the city of Meizhou": the city named after its kind)
            r"\b(?:to|in)\s+(?:the\s+(?:city|town|province|district|region|island|county|"
            r"state|village|port)\s+of\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)",
            s.text[m.end() :],
        ):
            if not any(o.start <= m.end() + to.start(1) < o.end for o in s.orgs):
                place = Place(to.group(1), None)
                break
    if not senders or not place:
        return []
    date, end = _date(s)
    out = [Found("mission", tuple(senders), "mission.sent", 0.7, date=date, place=place)]
    asked = _AT_REQUEST.search(s.text, m.end())
    if asked:  # "… deployed a unit to Mozambique at the request of the Mozambique Red Cross"
        hosts = [k for k in _listed(s, asked.end()) if k not in senders][:1]
        out += _supports(senders[:1], hosts, "support.at_request", 0.7, date)
    return out


_AT_REQUEST = re.compile(
    r"\b(?:at|upon|on|following)\s+(?:the\s+)?(?:request|invitation|appeal|call)\s+of\s+"
    r"(?:the\s+)?"
)
#: "Its deployment was coordinated by the IFRC and funded by B": the sender's mission
_MISSION_SUBJECT = re.compile(
    r"^\W*(?:(?:Its|Their|The|This)\s+(?:[\w-]+\s+){0,2}(?:deployment|mission|unit|team|teams|"
    r"convoy|ERU|operation|hospital|clinic)\b|"
    # "… sent a team to X. It is supporting the X Red Cross": the team, or its sender
    r"(?:It|They)\s+(?=(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:helping|supporting|assisting)\b))"
)
_AGENT_BY = re.compile(
    r"\b(?:coordinated|funded|financed|supported|sponsored|backed|facilitated|transported|"
    r"flown|airlifted|carried|shipped|chartered)\s+by\s+(?:the\s+)?"
)


#: "A and B have completed the rehabilitation of …": a joint piece of work
JOINT_WORK = re.compile(
    r"\s+(?:have|has|had)\s+(?:jointly\s+|together\s+|now\s+|successfully\s+|already\s+)?(?:completed|"
    r"finished|carried\s+out|conducted|rehabilitated|restored|built|rebuilt|repaired|"
    r"installed|delivered)\b"
)


def joint_doers(s: SentenceFacts) -> tuple[str, ...]:
    """The bodies of "A and B have completed …", the subject of a joint piece of work."""
    m = JOINT_WORK.search(s.text)
    if not m:
        return ()
    doers = _subject_list(s, m.start())
    return tuple(doers) if len(doers) >= 2 else ()


def rule_joint_work(s: SentenceFacts) -> list[Found]:
    """ "The ICRC and the Ukrainian Red Cross have repaired 1,200 homes": the Movement's
    international body works with the society, so supports it (two societies, or a society
    and an NGO, doing the same thing is not yet a relationship)."""
    doers = joint_doers(s)
    movement = [k for k in doers if k in ("icrc", "ifrc")]
    societies = [k for k in doers if k.startswith("ns-")]
    if len(doers) != 2 or len(movement) != 1 or len(societies) != 1:
        return []
    date, _ = _date(s)
    return _supports(movement, societies, "support.joint_work", 0.55, date)


def _subject_referents(s: SentenceFacts, upto: int) -> list[str]:
    """The bodies a sentence's subject noun stands for, when it names none: "The initiative"
    (the parties of the deal just told, else the article's main actor), "The visit" (the
    visitors), "The aid" (the one who gave it)."""
    if s.doers and _THE_WORK.search(s.text[:upto]):
        return list(s.doers)
    if _THE_WORK.search(s.text[:upto]) or (s.joint_parties and re.match(r"\s*It\s", s.text)):
        # (in a body's own article, "the work" is the writer's)
        owner = s.publisher or s.main_org
        return list(s.joint_parties) or ([owner] if owner else [])
    if s.delegation and _THE_VISIT.match(s.text):
        return [s.delegation]
    if (s.last_funder or s.last_sender) and _THE_GIFT.match(s.text):
        return [s.last_funder or s.last_sender]  # the aid given, or carried by a mission
    return []


#: "The team, led by A B, is helping the society's branch staff …": the sender's team helps
_TEAM_HELPS = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:helping|supporting|"
    r"assisting|reinforcing|backing)\s+(?:the\s+)?|\b(?:helped|supported|assisted|reinforced)\s+"
    r"(?:the\s+)?"
)


_FLOWN_FOR = re.compile(
    r"\b(?:flew|flown|airlifted|shipped|trucked|transported|ferried)\b(?:[^.;]|\.\d){0,140}?"
    r"\bfor\s+(?:the\s+)?(?=[A-Z])"
)
_COSTS_OF = re.compile(
    r"\b(?:covered|covers|cover|covering|paid|pays|pay|met|meets|bore|bears|funded|funds|"
    r"financed|finances)\s+(?:all\s+|the\s+|most\s+of\s+the\s+|part\s+of\s+the\s+)?"
    r"(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:costs?|expenses|fees|bills?)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:(?:some|about|around|more\s+than|over)\s+)?(?:[\d,]+\s+)?"
)
_HANDS_OUT_SUPPLIED = re.compile(
    r"\b(?:distribut(?:e|es|ed|ing)|hand(?:s|ed|ing)\s+out)\s+(?:[\w,-]+\s+){0,6}?"
    r"(?:supplied|provided|funded|financed|procured)\s+by\s+(?:the\s+)?"
)
_FOR_OR_OWNED = re.compile(r"\b(?:for|from)\s+(?:the\s+)?(?=[A-Z])")
_OWNED_AFTER = re.compile(r"['’]s\s")


def _team_helps(s: SentenceFacts, date: DateValue | None) -> list[Found]:
    """ "… deployed a shelter team to X. The team is helping B's branch staff": the sender
    of the mission just told supports B."""
    if not s.last_sender or not _MISSION_SUBJECT.match(s.text):
        return []
    helps = _TEAM_HELPS.search(s.text)
    if helps is None or NOT_DONE.search(s.text, max(0, helps.start() - 25), helps.start()):
        return []
    helped = [k for k in _listed(s, helps.end())[:1] if k != s.last_sender]
    return _supports([s.last_sender], helped, "support.team_helps", 0.6, date)


def _mission_backers(s: SentenceFacts, date: DateValue | None) -> list[Found]:
    """ "Its deployment was coordinated by A and funded by B": A and B support the sender of
    the mission just told."""
    if not s.last_sender or not _MISSION_SUBJECT.match(s.text):
        return []
    backers = [k for by in _AGENT_BY.finditer(s.text) for k in _listed(s, by.end())[:2]]
    backers = [k for k in dict.fromkeys(backers) if k != s.last_sender]
    return _supports(backers, [s.last_sender], "support.mission_backed_by", 0.65, date)


MEETING_NOUN = re.compile(
    r"\b(?:meeting|talks|consultations|negotiations|discussions)\s+(?:[\w-]+\s+){0,8}?"
    r"(?:between|of|with)\b",
    re.I,
)
MEETING_HAPPENED = re.compile(
    r"\b(?:took place|was held|were held|was convened|were convened)\b", re.I
)


_MEETING_HELD_WITH = re.compile(
    r"\b(?:meeting|talks|consultations|session)\b[^.;]{0,80}?(?:,\s+|\b(?:was|were)\s+)held\b"
    r"[^.;]{0,60}?\bwith\s+(?:the\s+)?(?=[A-Z])",
    re.I,
)
#: "Representatives of A, B and C gathered in X for a two-day workshop": one meeting of all
GATHERED_FOR = re.compile(
    r"\b(?:gathered|convened|came\s+together|met)\b[^.;]{0,60}?\bfor\s+(?:a|an|the|their)\s+"
    r"(?:[\w-]+\s+){0,3}(?-i:workshop|meeting|consultation|dialogue|exchange|session|retreat|"
    r"seminar|round-?table|coordination\s+meeting)s?\b",
    re.I,
)


#: "At a coordination meeting in Dushanbe on Tuesday, chaired by A, officials of B, C and D
#: divided …": a meeting told first, then its chair and the bodies that took part
AT_MEETING = re.compile(
    r"^\W*(?:At|During)\s+(?:a|an|the|their|Tuesday's|Monday's|Wednesday's|Thursday's|"
    r"Friday's|Saturday's|Sunday's)\s+(?:[\w-]+\s+){0,3}?(?:meeting|session|consultations?|"
    r"round-?table|briefing|talks)\b"
)
#: the verb of the bodies that took part in it, which ends their list
_AT_MEETING_VERB = re.compile(
    r"\b(?:divided|agreed|discussed|reviewed|decided|shared|signed|took|reached|adopted|"
    r"exchanged|presented|endorsed|approved|set|mapped|committed|pledged|announced|called|"
    r"said|looked|assessed|planned|coordinated|compared|updated|briefed|outlined|focused|"
    r"welcomed|identified|examined|considered|explored|stressed|emphasi[sz]ed|noted|"
    r"highlighted|underlined|allocated|split|shared)\b"
)


def _at_meeting(s: SentenceFacts) -> list[Found]:
    m = AT_MEETING.match(s.text)
    verb = _AT_MEETING_VERB.search(s.text, m.end()) if m else None
    if verb is None or NOT_DONE.search(s.text, max(0, verb.start() - 25), verb.start()):
        return []
    parties = _actors(s, m.end(), verb.start())
    if len(parties) < 2:
        return []
    date, _ = _date(s)
    return [
        Found("meeting", tuple(parties), "meeting.at_meeting", 0.65, date=date, place=_place(s))
    ]


#: "A took part in a coordination meeting convened in X by B with C and D"
_TOOK_PART_IN_MEETING = re.compile(
    r"\b(?:took|take|takes|taking)\s+part\s+in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:meeting|session|consultation|talks)\s+(?:(?:convened|chaired|organi[sz]ed|hosted|called|led)"
    r"\s+(?:[^,;.]{0,40}?\s+)?by|with)\s+"
)


def _took_part_in_meeting(s: SentenceFacts) -> list[Found]:
    """The bodies that took part in a meeting and those who convened it or met there: one
    meeting of all of them (a meeting with no other party named is no relationship)."""
    m = _TOOK_PART_IN_MEETING.search(s.text) if " part in " in s.text else None
    if m is None or NOT_DONE.search(s.text, max(0, m.start() - 25), m.start()):
        return []
    subject = _subject_list(s, m.start()) or _actors(s, 0, m.start())[-1:]
    others = [k for k in _actors(s, m.end()) if k not in subject]
    if not subject or not others:
        return []
    date, _ = _date(s)
    parties = tuple(dict.fromkeys([*subject, *others]))
    return [Found("meeting", parties, "meeting.took_part_in", 0.65, date=date, place=_place(s))]


def rule_meeting_noun(s: SentenceFacts) -> list[Found]:
    """ "A meeting of the leaders of A and B took place in X": one meeting of all parties."""
    told = _at_meeting(s) or _took_part_in_meeting(s)
    if told:
        return told
    gathered = GATHERED_FOR.search(s.text)
    if gathered and not NOT_DONE.search(s.text[max(0, gathered.start() - 25) : gathered.start()]):
        parties = _actors(s, 0, gathered.start())
        if len(parties) >= 2:
            date, _ = _date(s)
            return [
                Found(
                    "meeting",
                    tuple(parties),
                    "meeting.gathered_for",
                    0.7,
                    date=date,
                    place=_place(s),
                )
            ]
    m = MEETING_NOUN.search(s.text)
    held = _MEETING_HELD_WITH.search(s.text) if not m and " held " in s.text else None
    if held and not NOT_DONE.search(s.text, max(0, held.start() - 30), held.start()):
        m = held  # "the third coordination meeting on the floods, held at A's headquarters
        # with B, C and D": one meeting of all
    elif not m or not MEETING_HAPPENED.search(s.text):
        return []
    parties = _actors(s, m.start())
    if len(parties) < 2:
        return []
    date, _ = _date(s)
    return [Found("meeting", tuple(parties), "meeting.took_place", 0.7, date=date, place=_place(s))]


_PARTICIPANTS_IN = re.compile(
    r"\b(?:[Pp]articipants|[Gg]uests|[Aa]ttendees|[Dd]elegates|[Ss]peakers)\s+(?:in|at|of)\s+the\s+$"
)
MEETING_PASSIVE = re.compile(
    r"\b(?:meeting|talks|session|consultations?|discussions?|(?-i:workshop|seminar|briefing|"
    r"round-?table))\s+(?:(?:was|were)\s+"
    r"(?:\w+\s+){0,2}?(?:chaired|co-chaired|attended|hosted|led|presided over|convened|opened|"
    r"organi[sz]ed|co-organi[sz]ed)"
    r"\s+by|(?:also\s+)?(?:brought together|gathered|included|involved|was attended by))\b",
    re.I,
)


def _after_the(s: SentenceFacts, at: int) -> int:
    """``at`` past the spaces and the "the " that follow it."""
    return at + len(re.match(r"\s*(?:the\s+)?", s.text[at:]).group(0))


def rule_meeting_passive(s: SentenceFacts) -> list[Found]:
    """ "The meeting was chaired by A and attended by B and C": one meeting of all."""
    m = MEETING_PASSIVE.search(s.text)
    if not m or _PARTICIPANTS_IN.search(s.text, max(0, m.start() - 40), m.start()):
        return []  # ("Participants in the roundtable included: …": an event's, see participation)
    # "… and supported by B": B backs the meeting, it is not one of its parties
    backers = {
        k
        for by in SUPPORT_BY.finditer(s.text, m.end())
        for k in _listed(s, _after_the(s, by.end()))
    }
    parties = [k for k in _actors(s, m.start()) if k not in backers]
    if len(parties) < 2:
        return []
    date, _ = _date(s)
    return [
        Found("meeting", tuple(parties), "meeting.attended_by", 0.7, date=date, place=_place(s))
    ]


AGREED_PARTNERSHIP = re.compile(
    r"\b(?:agreed|signed|concluded|announced|launched|formed|forged|sealed|entered into|"
    r"renewed|extended|deepened|strengthened|expanded)\s+"
    r"(?:a|an|their)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}(?:partnership|collaboration|alliance|twinning|"
    r"cooperation|co-operation)\b(?!\s+with)"
    # ("signed a technical cooperation term, … agreement": an instrument, not an alliance)
    r"(?!\s+(?:agreements?|terms?|protocols?|accords?|memorand\w*|frameworks?|plans?|"
    r"programmes?|deals?|contracts?)\b)"
    # a headline's present tense: "A and B extend partnership to 2027"
    r"|\b(?:extend|renew|sign|launch|forge|seal|strengthen|deepen|expand)s?\s+(?:[\w-]+\s+){0,2}"
    r"(?:partnership|cooperation|collaboration|alliance|twinning)\b(?!\s+with)"
    # "A and B announced a three-year extension of their Programmatic Partnership"
    r"|\b(?:announced|agreed(?:\s+on)?|approved|celebrated|marked|signed)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}(?:extension|renewal|expansion|continuation|deepening)\s+of\s+their\s+"
    r"(?:[\w-]+\s+){0,3}(?:partnership|collaboration|cooperation|co-operation|alliance)\b",
    re.I,
)
JOINT_LAUNCH = re.compile(
    r"\b(?:launched|launch|started|began|inaugurated|announced|unveiled|set up|are implementing|"
    r"implemented|carried out|conducted|undertook|completed|"
    r"are running|running|run|are conducting|conducting|operate|operating)\s+"
    r"(?:a|an|the)\s+(?:new\s+)?(?:[\w-]+\s+)?joint\s+(?:[\w-]+\s+){0,2}(?:programme|program|project|initiative|"
    r"operation|campaign|response|platform|assessment|evaluation|survey|exercise|simulation|"
    r"distribution)\b"
    # "A and B have extended their cash programme": one programme of both (not "their own")
    r"|\b(?:launched|started|began|extended|expanded|scaled up|renewed|continued)\s+their\s+"
    r"(?!own\b)(?:joint\s+|new\s+)?(?:[\w-]+\s+){0,3}(?:programme|program|project|initiative|"
    r"operation|campaign|response)\b",
    re.I,
)
PARTNER_OF = re.compile(
    r"\b(?:is|has been|was|have been|are)\s+(?:(?:selected|chosen|named|appointed|designated|"
    r"confirmed|accredited)\s+as\s+)?(?:a|an|the)\s+(?:long-?standing\s+|key\s+|strategic\s+|"
    r"close\s+|main\s+|trusted\s+|implementing\s+|operational\s+|technical\s+|official\s+|"
    r"humanitarian\s+|national\s+|local\s+)*partners?\s+(?:of|to|for)\s+(?:the\s+)?"
)
PARTNERED = re.compile(
    r"\b(?:join(?:ed|s)? forces|team(?:ed|s)? up|partner(?:ed|s)?|"
    r"(?:formed|forged|launched|entered into|established) (?:a |an )?(?:new |strategic )?"
    r"partnership|in (?:close |strategic )?(?:partnership|cooperation|co-operation|collaboration)|"
    r"formali[sz]ed (?:its |their )?(?:collaboration|cooperation|co-operation|partnership)|"
    r"(?:renewed|extended|deepened|strengthened|expanded) (?:its|their) (?:[\w-]+ ){0,3}"
    r"(?:partnership|collaboration|cooperation|co-operation))"
    r"\s+with\b",
    re.I,
)


THROUGH_PARTNERSHIP = re.compile(
    r",\s*(?:through|thanks\s+to|under|as\s+part\s+of)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}"
    r"(?:partnership|cooperation|co-operation|collaboration|twinning)\s+with\s+(?:the\s+)?"
)
_PARTNER_OF_APPOSITION = re.compile(
    r"['’]s?\s+(?:main\s+|key\s+|long-?standing\s+|local\s+|national\s+)?(?:implementing|operational|"
    r"strategic|humanitarian)\s+partner\b"
)
A_PARTNERSHIP_BETWEEN = re.compile(
    r",\s*(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:partnership|collaboration|joint\s+initiative|"
    r"joint\s+venture)\s+between\s+(?:the\s+)?"
)
BEEN_PARTNERS = re.compile(
    r"\b(?:have|has|had)\s+been\s+(?:close\s+|long-?standing\s+|strategic\s+|key\s+)?partners\b"
)
ONE_OF_ITS_PARTNERS = re.compile(
    r"(?:\s*\([^)]{1,12}\))?\s+(?:is|has\s+been|remains|was)\s+(?:one\s+of\s+)?(?:its|their)\s+"
    r"(?:[\w-]+\s+){0,2}partners?\b"
)
ITS_PARTNERS = re.compile(r"\)?\s+and\s+(?:its|their)\s+(?:[\w-]+\s+)?partners\s*,?\s*(?:the\s+)?")
#: a verb of something done, after a subject list ("…, have built", "… distributed")
_DONE_AFTER = re.compile(
    r",?\s+(?:have|has|had)\s+(?:\w+\s+)?[a-z]+ed\b|,?\s+(?:built|distributed|delivered|"
    r"reached|trained|provided|set\s+up|rehabilitated|installed|supported|organi[sz]ed)\b"
)
WORKING_WITH = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:working|coordinating)\s+"
    r"(?:closely\s+|together\s+)?(?:with|alongside)\s+(?:the\s+following\s+(?:[\w-]+\s+){0,2}partners(?:\s+in\s+country)?"
    r"\s*:?\s*)?"
)
#: "A and B launched a heat action plan": a plan of both (not "separate appeals")
LAUNCHED_TOGETHER = re.compile(
    r"\b(?:have\s+|has\s+)?(?:launched|unveiled|introduced|inaugurated)\s+(?:a|an|the)\s+"
    r"(?!separate\b|own\b|respective\b)(?:new\s+)?(?:[\w-]+\s+){0,3}(?:plan|programme|program|"
    r"project|initiative|campaign|strategy|app|platform|network|service|system|centre|center|"
    r"hotline|fund)\b"
)
#: "A and B jointly run a cholera treatment centre": they work together
JOINTLY_DID = re.compile(
    r"\bjointly\s+(?:run|runs|ran|operate[sd]?|manage[sd]?|implement(?:s|ed)?|launched|opened|"
    r"organi[sz]ed|established|set\s+up|built|conducted|delivered|developed|funded|financed)\b"
)
#: "A will run hygiene promotion with the Ministry of Health": A and the ministry work together
#: "The handbook was developed in cooperation with": a product of its makers and a partner
_MADE_WITH = re.compile(
    r"^\W*(?:The|This|These|Its|Their)\s+(?:[\w-]+\s+){0,3}?(?:handbook|guide|guidelines|report|"
    r"study|toolkit|manual|publication|curriculum|tool|app|application|platform|strategy|"
    r"course|module|film|exhibition|campaign)s?\s+(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:developed|prepared|produced|written|designed|drafted|compiled|created|made)\s+"
    r"(?:jointly\s+)?(?:in\s+(?:close\s+)?(?:cooperation|co-operation|collaboration|partnership)\s+"
    r"with|together\s+with)\s+(?:the\s+)?"
)
RUN_WITH_FUNDS = re.compile(
    r"\b(?:run|runs|ran|conduct|conducts|conducted|carr(?:y|ies|ied)\s+out|implement|implements|"
    r"implemented|operat(?:e|es|ed))\s+(?:[\w-]+\s+){1,8}?with\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:funding|support|money|financing|backing|"
    r"grants?|funds)\b"
)
RUN_WITH = re.compile(
    r"\b(?:run|runs|ran|conduct|conducts|conducted|carry\s+out|carries\s+out|carried\s+out|"
    r"implement|implements|implemented|co-?ordinate|co-?ordinates)\s+"
    r"(?!(?:[a-z-]+\s+){0,4}?(?:talks|meetings?|discussions|consultations|negotiations)\b)"
    r"(?:[a-z-]+\s+){1,5}?with\s+(?!(?:the\s+)?(?:support|help|funding|assistance)\b)"
    # ("… runs in the county with WFP funding": WFP pays, it does not run it)
    r"(?!(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:funding|support|money|financing|"
    r"backing|grants?|funds)\b)(?:the\s+)?"
    # "… with three partners: A; B; and C"
    r"(?:(?:(?:two|three|four|five|six|several|its|their|the\s+following)\s+)?partners\s*:\s*"
    r"(?:the\s+)?)?"
)
#: "A joint winter response was launched on Friday by the following partners: A, B, C"
JOINT_LAUNCHED_BY = re.compile(
    r"\b[Aa]n?\s+(?:new\s+)?joint\s+(?:[\w-]+\s+){0,3}(?:programme|program|project|initiative|"
    r"operation|campaign|response|appeal|plan)\b[^.:;]*?\b(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:jointly\s+)?(?:launched|started|set\s+up|established|announced|unveiled)\b[^.:;]*?\bby\s+"
    r"(?:the\s+)?(?:following\s+(?:[\w-]+\s+)?(?:partners|organi[sz]ations|bodies|agencies)\s*:\s*)?"
)
#: "We work closely with our partners – A, B and C", "Our partnership with B": the
#: speaker's body and each of them
WE_WORK_WITH = re.compile(
    r"\b[Ww]e\s+(?:also\s+|have\s+|continue\s+to\s+)?(?:work(?:ed)?|partner(?:ed)?|cooperate|"
    r"collaborate|are\s+working)\s+(?:very\s+)?(?:closely\s+|hand\s+in\s+hand\s+)?(?:together\s+)?"
    r"with\s+(?:our\s+(?:[\w-]+\s+)?partners\s*(?:[–—:,-]+|such\s+as|including)?\s*)?(?:the\s+)?"
    r"|\b[Oo]ur\s+(?:long-?standing\s+|close\s+|strong\s+|valued\s+)?(?:partnership|cooperation|"
    r"collaboration|relationship)\s+with\s+(?:the\s+)?"
)
#: "A and B have been sister societies since 1991": a lasting partnership
SISTER_SOCIETIES = re.compile(
    r"\b(?:are|were|have\s+been|became|become|remain)\s+(?:sister|twin|twinned|partner)\s+"
    r"(?:societies|organi[sz]ations|national\s+societies)\b"
)
#: "… in coordination with B" inside a sentence
IN_COORDINATION = re.compile(
    r"\bin\s+(?:close\s+)?(?:coordination|cooperation|co-operation|partnership|collaboration)\s+"
    r"with\s+(?:the\s+)?"
)
#: "The society worked with 14 partners, including A, B and C": a partnership with each
PARTNERS_INCLUDING = re.compile(
    r"\b(?:worked|works|work|cooperated|cooperates|partnered|partners)\s+(?:closely\s+)?with\s+"
    r"(?:more\s+than\s+|over\s+|some\s+|about\s+)?(?:\d+|[a-z]+)\s+(?:[\w-]+\s+)?(?:partners|"
    r"organi[sz]ations|agencies)\s*,?\s*(?:including|such\s+as|among\s+them)\s+(?:the\s+)?"
)
#: "praised the cooperation between A and B": a partnership that exists (not one hoped for)
COOPERATION_BETWEEN = re.compile(
    r"\bthe\s+(?:existing\s+|long-?standing\s+|close\s+|fruitful\s+|strong\s+|successful\s+)*"
    r"(?:cooperation|co-operation|partnership|collaboration)\s+between\s+(?:the\s+)?"
)
_HOPED = re.compile(
    r"\b(?:enhanc\w*|strengthen\w*|boost\w*|develop\w*|expand\w*|improv\w*|deepen\w*|"
    r"promot\w*|ways|prospects|means|future)\s+(?:of\s+|to\s+|for\s+)?$"
)
#: "A and B have joined forces to …" (no "with": the partners are the subject)
JOINED_FORCES = re.compile(
    r"\b(?:join(?:ed|s)?\s+(?:forces|hands)|team(?:ed|s)?\s+up|partnered|"
    # ("Red Cross partners chart a roadmap": the noun, before the verb)
    r"partners?(?!\s+(?!to\b|in\b|on\b|for\b|across\b|again\b)[a-z]+\b)|"
    r"c(?:o|a)me\s+together|(?:are|were|(?:have|has)\s+been)\s+(?:working|partnering|cooperating|"
    r"collaborating)\s+together)\b(?!\s+with\b)"
)
IN_PARTNERSHIP = re.compile(
    r"^\W*(?:[A-Z][\w ,]{0,30}?,\s*)?(?:[^–—]{0,60}?\s(?:--|–|—)\s+)?(?:(?:[Ii]n\s+)?(?:close\s+|"
    r"strategic\s+)?(?:partnership|cooperation|co-operation|collaboration|coordination)\s+with|"
    r"[Aa]longside|[Tt]ogether\s+with)\s+(?:the\s+)?"
)


def _partnership(s: SentenceFacts, parties: tuple[str, ...], rule: str) -> Found:
    """A declared partnership of ``parties``, dated by the sentence."""
    date, end = _date(s)
    return Found(
        "alliance", tuple(parties), rule, 0.65, subtype="partnership", date=date, end_date=end
    )


AGREED_TO_WORK = re.compile(
    r"\b(?:agreed|decided|committed)\s+(?:on\s+[A-Z][a-z]+day\s+)?to\s+(?:work\s+(?:together|"
    r"jointly|closely)|cooperate|co-operate|collaborate|join\s+forces|partner|"
    # "agreed to establish a joint committee": a standing body of both
    r"(?:establish|set\s+up|form|create)\s+(?:a\s+)?joint\s+(?:[\w-]+\s+)?(?:committee|"
    r"working\s+group|task\s+force|commission|team|mechanism|platform))\b",
    re.I,
)
TOGETHER_DID = re.compile(
    r",\s*(?:together|jointly|in partnership|in collaboration|in cooperation)\s+with\s+"
    r"(?P<list>[^,]{3,160}?(?:,[^,]{3,80}?)*),\s+(?:has\s+|have\s+)?(?:organi[sz]ed|co-organi[sz]ed|"
    r"launched|ran|held|conducted|implemented|carried out|hosted|opened|started|run|runs|"
    r"organi[sz]es|launches|hosts|delivered|completed)\b"
)


def rule_partnership(s: SentenceFacts) -> list[Found]:
    """ "A has joined forces with B and C": a declared partnership of all of them; "In
    partnership with B, A is …" too."""
    lead = IN_PARTNERSHIP.match(s.text)
    if lead:
        rest = s.text.find(",", lead.end())
        before_comma = set(_keys(s.orgs, lead.end(), rest)) if rest > 0 else set()
        partners = [k for k in _listed(s, lead.end()) if k in before_comma]
        subj = [k for k in _keys(s.orgs, rest) if k not in partners][:1] if rest > 0 else []
        if (
            rest > 0
            and s.publisher
            and s.publisher not in partners
            and re.match(r",\s+we\b", s.text[rest:])
        ):
            # "Together with A and B, we also formalised the X Alliance": the writer
            subj = [s.publisher]
        verb = re.compile(r"\s(?:are|is|has|have|had|was|were|will|can)\s").search(s.text, rest)
        if subj and verb:  # "Alongside A, B and C are trucking water": every body of the subject
            subj = [k for k in _subject_list(s, verb.start()) if k not in partners] or subj
        if partners and subj:
            return [_partnership(s, (*subj, *partners), "alliance.in_partnership")]
    agreed_to = AGREED_TO_WORK.search(s.text)
    if agreed_to and not NOT_DONE.search(
        s.text[max(0, agreed_to.start() - 25) : agreed_to.start()]
    ):
        members = _subject_list(s, agreed_to.start()) or _actors(s, 0, agreed_to.start())
        if len(members) >= 2:
            return [_partnership(s, tuple(members), "alliance.agreed_to_work_together")]
    together = TOGETHER_DID.search(s.text)
    if together:
        subj = _actors(s, 0, together.start())[-1:]
        partners = [
            k for k in _keys(s.orgs, together.start("list"), together.end("list")) if k not in subj
        ]
        if subj and partners:
            return [_partnership(s, (*subj, *partners), "alliance.together_with")]
    agreed = AGREED_PARTNERSHIP.search(s.text)
    if agreed and not NOT_DONE.search(s.text[max(0, agreed.start() - 25) : agreed.start()]):
        members = _subject_list(s, agreed.start())
        if len(members) < 2:
            members = _actors(s, 0, agreed.start())
        if len(members) >= 2:
            return [_partnership(s, tuple(members), "alliance.agreed_partnership")]
    paid = RUN_WITH_FUNDS.search(s.text) if " with " in s.text else None
    if paid:
        # "A, which runs ambulance services with ICRC support": the ICRC backs A's work
        named = {
            o.key for o in s.orgs if o.key and o.source != "coreference" and o.end <= paid.start()
        }
        doers = [k for k in _actors(s, 0, paid.start()) if k in named][-1:]  # (not "the society")
        funders = [k for k in _keys(s.orgs, paid.start("who"), paid.end("who")) if k not in doers]
        if doers and funders:
            date, _ = _date(s)
            return _supports(funders[:1], doers, "support.run_with_funds", 0.65, date)
    run_with = RUN_WITH.search(s.text) if " with " in s.text else None
    if run_with:
        subj = _actors(s, 0, run_with.start())[-1:]
        partners = [k for k in _listed(s, run_with.end()) if k not in subj]
        if subj and partners:
            return [_partnership(s, (subj[0], k), "alliance.run_with") for k in partners]
    launched = (
        LAUNCHED_TOGETHER.search(s.text) if "launch" in s.text or "unveil" in s.text else None
    )
    if launched and not NOT_DONE.search(s.text[max(0, launched.start() - 25) : launched.start()]):
        # "A and B launched a heat action plan": one plan of both
        members = _subject_list(s, launched.start())
        if len(members) >= 2:
            return [_partnership(s, tuple(members), "alliance.launched_together")]
    jointly = JOINTLY_DID.search(s.text) if "jointly" in s.text else None
    if jointly:
        members = _subject_list(s, jointly.start()) or _actors(s, 0, jointly.start())
        if len(members) >= 2:
            return [_partnership(s, tuple(members), "alliance.jointly")]
    launched_by = JOINT_LAUNCHED_BY.search(s.text) if "joint" in s.text.lower() else None
    if launched_by:
        members = list(dict.fromkeys(_keys(s.orgs, launched_by.end())))
        if len(members) >= 2:
            return [_partnership(s, tuple(members), "alliance.joint_launched_by")]
    joint = JOINT_LAUNCH.search(s.text)
    if joint:
        members = _subject_list(s, joint.start()) or _actors(s, 0, joint.start())
        if len(members) >= 2:
            return [_partnership(s, tuple(members), "alliance.joint_programme")]
    made = _MADE_WITH.match(s.text) if " with " in s.text else None
    if made:
        # "The handbook was developed in cooperation with B": B works with its makers, the
        # bodies of the partnership (or the joint work) just told, else the article's
        makers = list(s.joint_parties or s.doers) or ([s.main_org] if s.main_org else [])
        partners = [
            k
            for k in _listed(s, made.end())
            if k not in makers
            and not any(o.key == k and s.text.startswith(("'s", "’s"), o.end) for o in s.orgs)
        ]
        if makers and partners:
            return [_partnership(s, (*makers, *partners), "alliance.made_with")]
    of = PARTNER_OF.search(s.text)
    if of:
        subj = _actors(s, 0, of.start())[-1:]
        objs = [k for k in _listed(s, of.end()) if k not in subj]
        if subj and objs:
            return [_partnership(s, (*subj, *objs), "alliance.partner_of")]
    by = _IMPLEMENTED_BY.search(s.text) if " by " in s.text else None
    if by and re.search(
        r"\b(?:projects?|programmes?|programs?|initiatives?|campaigns?|responses?|work)\b",
        s.text[: by.start()],
    ):
        # "a project implemented by A and B": they carry it out together
        doers = _listed(s, by.end())
        passed_on = []
        if s.last_funded and s.last_funded not in doers and _THE_WORK.match(s.text):
            # "The programmes will be implemented by A and B": by the body just funded
            date, _ = _date(s)
            passed_on = _supports([s.last_funded], doers, "support.implementers", 0.6, date)
        if len(doers) >= 2:
            return [_partnership(s, tuple(doers), "alliance.implemented_by"), *passed_on]
        if passed_on:
            return passed_on
    through = THROUGH_PARTNERSHIP.search(s.text)
    if through:
        # "A, through its partnership with B, has helped …": partners, and A supports B
        subj = _keys(s.orgs, 0, through.start())[-1:]
        partners = [k for k in _listed(s, through.end()) if k not in subj][:3]
        if subj and partners:
            out = [_partnership(s, (subj[0], k), "alliance.through_partnership") for k in partners]
            helped = SUPPORT_VERB.search(s.text, through.end())
            if helped:
                date, _ = _date(s)
                out += _supports(subj, partners, "support.through_partnership", 0.6, date)
            return out
    for o in s.orgs if "partner" in s.text else ():
        # "The A Society, UNICEF's implementing partner for …": a partnership of the two
        if o.key and _PARTNER_OF_APPOSITION.match(s.text, o.end):
            lead = [
                k.key
                for k in s.orgs
                if k.key
                and k.key != o.key
                and re.fullmatch(r"\)?\s*,\s*(?:the\s+)?", s.text[k.end : o.start])
            ]
            if lead:
                return [_partnership(s, (lead[0], o.key), "alliance.partner_apposition")]
    between = A_PARTNERSHIP_BETWEEN.search(s.text)
    if between:
        # "The project, a partnership between A and B, runs …": one partnership of both
        members = _listed(s, between.end())
        if len(members) >= 2:
            return [_partnership(s, tuple(members), "alliance.a_partnership_between")]
    been = BEEN_PARTNERS.search(s.text) if "partners" in s.text else None
    if been and not NOT_DONE.search(s.text[max(0, been.start() - 25) : been.start()]):
        members = _subject_list(s, been.start())
        if len(members) >= 2:  # "A and B have been partners since 2000"
            return [_partnership(s, tuple(members), "alliance.been_partners")]
    for o in s.orgs if "partner" in s.text else ():
        one_of = ONE_OF_ITS_PARTNERS.match(s.text, o.end)
        if o.key and one_of:
            # "… said Sida is one of its oldest partners": a partner of the sentence's subject
            owner = [k for k in _actors(s, 0, o.start) if k != o.key][:1]
            if owner:
                return [_partnership(s, (owner[0], o.key), "alliance.one_of_its_partners")]
    its = ITS_PARTNERS.search(s.text) if "partners" in s.text else None
    if its and not NOT_DONE.search(s.text[its.end() : its.end() + 120]):
        # "A and its partners, B and C, have built …": one partnership of all of them
        lead = _keys(s.orgs, max(0, its.start() - 80), its.start())[-1:]
        partners = [k for k in _listed(s, its.end()) if k not in lead]
        if lead and partners and _DONE_AFTER.search(s.text, its.end()):
            return [_partnership(s, (*lead, *partners), "alliance.its_partners")]
    working = WORKING_WITH.search(s.text)
    if working and not NOT_DONE.search(s.text[max(0, working.start() - 25) : working.start()]):
        # "A is working with the following partners: B, C": a partnership with each
        subj = _subject_list(s, working.start())[-1:]
        partners = [k for k in _actors(s, working.end()) if k not in subj]
        if subj and partners:
            return [_partnership(s, (subj[0], k), "alliance.working_with") for k in partners]
    sisters = SISTER_SOCIETIES.search(s.text)
    if sisters:
        members = _subject_list(s, sisters.start()) or _actors(s, 0, sisters.start())
        if len(members) >= 2:
            return [_partnership(s, tuple(members), "alliance.sister_societies")]
    aside = IN_COORDINATION.search(s.text) if " with " in s.text else None
    if aside and _THE_GIFT.match(s.text):
        # "The aid will be distributed in coordination with B": its giver works with B
        giver = _subject_referents(s, aside.start())[:1]
        partners = [k for k in _listed(s, aside.end()) if k not in giver]
        if giver and partners:
            return [
                _partnership(s, (giver[0], k), "alliance.aid_in_coordination") for k in partners
            ]
    including = PARTNERS_INCLUDING.search(s.text) if " with " in s.text else None
    if including:
        subj = _actors(s, 0, including.start())[-1:] or ([s.main_org] if s.main_org else [])
        partners = [k for k in _listed(s, including.end()) if k not in subj]
        if subj and partners:
            return [_partnership(s, (subj[0], k), "alliance.partners_including") for k in partners]
    between = COOPERATION_BETWEEN.search(s.text) if " between " in s.text else None
    if between and not _HOPED.search(s.text, max(0, between.start() - 30), between.start()):
        members = _listed(s, between.end())
        if len(members) >= 2:
            return [_partnership(s, tuple(members), "alliance.cooperation_between")]
    we = WE_WORK_WITH.search(s.text) if re.search(r"\b(?:We|we|Our|our)\s", s.text) else None
    if we:
        # the speaker's body: the official the quote is attributed to, else the last one
        speaker = [p.org for p in s.posts if p.org] or [k for k in (s.speaker_org, s.main_org) if k]
        partners = [k for k in _listed(s, we.end()) if k not in speaker[:1]]
        if speaker and partners:
            return [_partnership(s, (speaker[0], k), "alliance.we_work_with") for k in partners]
    forces = JOINED_FORCES.search(s.text)
    if forces and not NOT_DONE.search(s.text[max(0, forces.start() - 25) : forces.start()]):
        # "A and B have joined forces to …": the subject's members are the partners
        members = _subject_list(s, forces.start())
        if len(members) >= 2:
            return [_partnership(s, tuple(members), "alliance.joined_forces")]
    m = PARTNERED.search(s.text)
    if not m or NOT_DONE.search(s.text[max(0, m.start() - 25) : m.start()]):
        return []
    subj = _actors(s, 0, m.start())[-1:]
    objs = [
        k
        for k in _listed(s, m.end() + len(re.match(r"\s*(?:the\s+)?", s.text[m.end() :]).group(0)))
        if k not in subj
    ]
    if not subj or not objs:
        return []
    date, end = _date(s)
    return [
        Found(
            "alliance",
            (*subj, *objs),
            "alliance.partnered",
            0.7,
            subtype="partnership",
            date=date,
            end_date=end,
        )
    ]


JOINT_BODY = re.compile(
    r"\bmeeting of the ((?:[a-z-]+\s+){0,3}(?:headquarters|commissions?|committees?|councils?|"
    r"ministries|working groups?|task forces?))\s+of\s+(?:the\s+)?([A-Z][\w ]+?)\s+and\s+"
    r"(?:the\s+)?([A-Z][\w]+(?: [A-Z][\w]+)*)",
    re.I,
)


def rule_joint_body(s: SentenceFacts) -> list[Found]:
    """ "A meeting of the joint commission of A and B": the two countries' bodies met."""
    from graph.extract.organisations import tokenize

    m = JOINT_BODY.search(s.text)
    if not m:
        return []
    gz = gazetteer()
    parties = []
    for country in (m.group(2), m.group(3)):
        code = gz.countries.get(tuple(t.norm for t in tokenize(country)))
        if not code:
            return []
        parties.append(f"gov-{code.lower()}")
    date, _ = _date(s)
    return [
        Found(
            "meeting",
            tuple(parties),
            "meeting.joint_body",
            0.7,
            name=m.group(0),
            date=date,
            place=_place(s),
            topic=m.group(1),
        )
    ]


#: "the ICRC-supported PRCS ambulance service": a body's support told in a compound word
_COMPOUND_SUPPORT = re.compile(r"-(?:supported|funded|financed|backed|sponsored)\s+(?:the\s+)?")


def rule_compound_support(s: SentenceFacts) -> list[Found]:
    """ "A-supported B service", "an EU-funded project of B": A supports B (the work of B
    named right after the compound)."""
    out: list[Found] = []
    for m in _COMPOUND_SUPPORT.finditer(s.text) if "-" in s.text else ():
        giver = next((o.key for o in s.orgs if o.key and o.end == m.start()), None)
        word = re.search(r"(?<![\w-])([A-Z]{2,8})$", s.text[: m.start()])
        known = gazetteer().acronyms.get(word.group(1), set()) if word and not giver else set()
        if len(known) == 1:
            giver = next(iter(known))  # "ICRC-supported": the acronym inside the compound
        taker = next((o.key for o in s.orgs if o.key and o.start == m.end()), None)
        if giver and taker and giver != taker:
            date, _ = _date(s)
            out += _supports([giver], [taker], "support.compound", 0.6, date)
    return out


#: what such a line says the body pays or grants: "DREF of CHF 312,000 approved … for B",
#: "is meeting fuel and meal costs of B's teams", "funding B's water trucking"
_LABEL_PAYS = re.compile(
    r"\b(?:DREF|grant|allocation|(?:meeting|covering|paying(?:\s+for)?|bearing)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:costs?|expenses|salaries|bills|fees)|funds|funding|finances|financing|"
    r"supports|supporting)\b"
    r"|(?:(?-i:[A-Z]{3})|US\$|\$|€|£)\s?\d",
    re.I,
)
#: a line whose subject is its label: "- Australian Red Cross: deployed a delegate to …"
_LABEL_ACTS = re.compile(
    r"(?:has\s+|have\s+)?(?:deployed|seconded|sent|provided|supplied|funded|covered|financed|"
    r"donated|delivered|dispatched|contributed)\b"
)
#: "LKR 15 million from A received on 11 November": money the labelled body got from A
_LABEL_GOT_FROM = re.compile(
    r"^(?:(?-i:[A-Z]{3})|US\$|\$|€|£)\s?\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+"
    r"(?:in\s+\w+\s+)?from\s+(?:the\s+)?",
    re.I,
)


def rule_labelled_update(s: SentenceFacts) -> list[Found]:
    """A line of an update told under a body's name, with no subject of its own: "- IFRC:
    DREF of CHF 312,000 approved for the SLRCS operation" (the IFRC supports the SLRCS);
    "- SLRCS Resource Mobilisation: LKR 15 million from A received" (A gives to the SLRCS)."""
    label = line_label(s.text, s.orgs)
    if label is None:
        return []
    key, at = label
    rest = s.text[at:]
    if NOT_DONE.search(rest) or re.search(r"\b(?:requested|request|applied|approached)\b", rest):
        return []
    date, _ = _date(s)
    got = _LABEL_GOT_FROM.match(rest)
    if got:
        givers = [k for k in _listed(s, at + got.end()) if k != key][:1]
        if givers and re.search(r"\breceived\b", rest):
            return [
                Found(
                    "donation", (givers[0],), "donation.labelled", 0.6, recipients=(key,), date=date
                )
            ]
        return []
    others = [o for o in s.orgs if o.key and o.start >= at and o.key != key]
    acts = _LABEL_ACTS.match(rest)
    if acts and not others and s.main_org and s.main_org != key and s.main_org.startswith("ns-"):
        # "- Australian Red Cross: deployed a WASH delegate to Lenakel for six weeks", in an
        # operation's report: the body helps the society whose operation it is
        return _supports([key], [s.main_org], "support.labelled", 0.55, date)
    pays = _LABEL_PAYS.search(rest)
    if not pays or not others or others[0].start < at + pays.start():
        return []  # (a body named before what is paid is the line's own subject)
    if re.search(r"\bfrom\s+(?:the\s+)?$", s.text[max(at, others[0].start - 10) : others[0].start]):
        return []  # "… CHF 200,000 from A": A's money, told under another body's name
    return _supports([key], [others[0].key], "support.labelled", 0.55, date)


#: The rules, in the order they run on each sentence.
RULES: list[Callable[[SentenceFacts], list[Found]]] = [
    rule_agreement,
    rule_alliance,
    rule_support,
    rule_compound_support,
    rule_part_in_deal,
    rule_part_of_appeal,
    rule_donation,
    rule_meeting,
    rule_meeting_noun,
    rule_meeting_passive,
    rule_joint_body,
    rule_partnership,
    rule_participation,
    rule_mission,
    rule_joint_work,
    rule_labelled_update,
]


#: Words one of which a sentence must hold for a rule to be worth running (lower case).
RULE_WORDS: dict[Callable[[SentenceFacts], list[Found]], tuple[str, ...]] = {
    rule_agreement: (
        "exchange",
        "contract",
        "memorand",
        "mou",
        "agreement",
        "protocol",
        "accord",
        "convention",
        "framework",
        "deal",
        "letter of intent",
        "plan",
        "understanding",
        "pact",
        "document",
        "partnership",
        "compact",
        "charter",
        "programme",  # "signed the Coordination Programme for 2026-2030"
        "term",
    ),
    rule_alliance: (
        "allian",
        "coalition",
        "consortium",
        "platform",
        "network",
        "standing arrangement",
        "led by",
        "joined",
        "joins",
        "member",
        "co-",
        "together",
        "jointly organi",
        "jointly hosted",
    ),
    rule_support: (
        "offered",
        "supplied",
        "supplying",
        "awarded",
        "contributed",
        "contribution",
        "donation",
        "input",
        "expertise",
        "guidance",
        "advice",
        "through",
        "pledge",
        "thank",
        "honour",
        "honor",
        "praise",
        "commend",
        "laud",
        "appreciat",
        "train",
        "course",
        "workshop",
        "implemented",
        "together",
        "support",
        "fund",
        "financ",
        "assist",
        "reinforc",
        "help",
        "back",
        "sponsor",
        "provid",
        "deliver",
        "deploy",
        "dispatch",
        "sent",
        "underwr",
        "bankroll",
        "disposal",
        "lend",
        "lent",
        "loan",
        "learn",
        "covering",
        "paying",
        "paid for",
        "covered",
        "cost",
        "expenses",
        "contributor",
        "donor",
        "transported",
        "flown",
        "airlifted",
        "seconded",
        "loaned",
        "lent",
        "assigned",
        "made available",
        "behalf",
        "free of charge",
        "bankroll",
        "coordinated",
        "facilitated",
        "-funded",
        "-financed",
        "-backed",
        "-supported",
        "-sponsored",
        "pass",
        "on-grant",
        "money",
        "flew",
        "ferried",
        "trucked",
        "shipped",
        "grant",
    ),
    rule_part_in_deal: (
        "cover",
        "pay",
        "cost",
        "provid",
        "offer",
        "suppl",
        "contribut",
        "mobili",
        "share",
        "bring",
        "extend",
        "fund",
        "financ",
        "allow",
        "enabl",
        "let",
        "help",
    ),
    rule_part_of_appeal: ("part of",),
    rule_donation: (
        "committed",
        "presented",
        "matched",
        "doubled",
        "extend",
        "donat",
        "cheque",
        "presented",
        "gift",
        "handed",
        "contribut",
        "grant",
        "ship",
        "sent",
        "deliver",
        "provid",
        "suppl",
        "dispatch",
        "distribut",
        "airlift",
        "truck",
        "carried",
        "transported",
        "hauled",
        "transfer",
        "allocat",
        "releas",
        "disburs",
        "channel",
        "gave",
        "lent",
        "loaned",
        "offer",
        "receiv",
        "accept",
        "obtain",
        "pledg",
        "turned",
        "paid",
        "approv",
        "given",
        "available",
    ),
    rule_meeting: (
        "met",
        "sat",
        "spent",
        "credentials",
        "meet",
        "held",
        "hold",
        "talks",
        "discussion",
        "consultation",
        "negotiation",
        "visit",
        "receiv",
        "host",
        "welcom",
        "confer",
        "call",
        "shared",
        "had",
    ),
    rule_meeting_noun: (
        "meeting",
        "session",
        "briefing",
        "round",
        "talks",
        "consultation",
        "negotiation",
        "discussion",
        "gathered",
        "convened",
        "came together",
    ),
    rule_meeting_passive: (
        "briefing",
        "roundtable",
        "round-table",
        "meeting",
        "talks",
        "session",
        "consultation",
        "discussion",
        "workshop",
        "seminar",
    ),
    rule_joint_body: ("meeting of the",),
    rule_partnership: (
        "implemented",
        "carried",
        "managed",
        "executed",
        "working",
        "work",
        "run",
        "ran",
        "conduct",
        "co-ordinat",
        "coordinating",
        "forces",
        "hands",
        "came",
        "come",
        "team",
        "partner",
        "agreed",
        "decided",
        "committed",
        "cooperation",
        "collaboration",
        "coordination",
        "joint",
        "together",
        "jointly",
        "their",
        "sister",
        "twin",
        "alongside",
        "launch",
        "unveil",
        "introduced",
        "inaugurat",
    ),
    rule_participation: (
        "participat",
        "addressed",
        "spoke at",
        "opened",
        "took part",
        "takes part",
        "attend",
        "joined",
        "represented",
        "sideline",
        "margin",
        "fringe",
        # ("was in Windsor for the … Workshop")
        "workshop",
        "conference",
        "forum",
        "summit",
    ),
    rule_mission: ("mission", "deploy", "sent", "sends", "sending", "dispatch"),
    rule_labelled_update: (
        "deployed",
        "seconded",
        "sent",
        "provided",
        "supplied",
        "funded",
        "covered",
        "financed",
        "donated",
        "delivered",
        "dispatched",
        "contributed",
        "dref",
        "grant",
        "allocation",
        "cost",
        "expenses",
        "salaries",
        "funds",
        "funding",
        "finances",
        "financing",
        "supports",
        "supporting",
        "received",
        "million",
    ),
    rule_joint_work: (
        "completed",
        "finished",
        "carried",
        "conducted",
        "rehabilitated",
        "restored",
        "built",
        "rebuilt",
        "repaired",
        "installed",
        "delivered",
    ),
}


#: Each rule's words as prefixes of single words ("took part" → "took"), as sentence cues.
add_cues(
    {
        f"rule:{rule.__name__}": tuple({w.split()[0] for w in words})
        for rule, words in RULE_WORDS.items()
    }
)
_NEED_NO_ACTORS = frozenset((rule_participation, rule_mission, rule_joint_body))


#: "X, a group of five NGOs made up of A, B and C": X's members, told in apposition
_MEMBERS_APPOSITION = re.compile(
    r"(?:\s*\([^()]{1,15}\))?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:group|consortium|coalition|"
    r"alliance|network|platform|partnership|grouping)\s+(?:of\s+(?:[\w-]+\s+){0,3}?)?(?:made\s+up\s+of|"
    r"comprising|composed\s+of|consisting\s+of|formed\s+by|that\s+(?:includes|brings\s+together)|"
    r"which\s+(?:includes|brings\s+together)|bringing\s+together)\s+(?:the\s+)?"
)


def _members_in_apposition(s: SentenceFacts) -> tuple[SentenceFacts, list[Found]]:
    """A body's members named in apposition ("the CCI, a group of five NGOs made up of A, B
    and C") make an alliance with it; the other rules then see the body, not its members."""
    for o in s.orgs:
        m = _MEMBERS_APPOSITION.match(s.text, o.end) if o.key else None
        if not m:
            continue
        members = [k for k in _listed(s, m.end()) if k != o.key]
        if len(members) < 2:
            continue
        last = max(x.end for x in s.orgs if x.key in members and x.start >= m.end())
        rest = [x for x in s.orgs if not (m.end() <= x.start < last + 1)]
        found = [_partnership(s, (o.key, *members), "alliance.members_in_apposition")]
        return replace(s, orgs=rest), found
    return s, []


#: ", the ICRC is supplying …", ", and the Spanish Red Cross has seconded …": a clause of
#: its own, with its own subject
_CLAUSE_START = re.compile(r",\s+(?:and\s+|while\s+|whereas\s+)?(?:the\s+)?(?=[A-Z])")
_SEMI_CLAUSE = re.compile(
    r";\s+(?:and\s+)?(?:(?:in|on|by|during)\s+[A-Z][a-z]+(?:\s+\d{4})?,?\s+)?"
    r"(?P<it>it|they|the\s+[Ss]ociety)\s+(?:also\s+)?[a-z]{3,}ed\b"
)
_SUBJECT_VERB = re.compile(
    r"(?:\s*\([^()]{1,25}\))?\s+(?:(?:has|have|had|is|are|was|were)\s+(?:also\s+)?[a-z]+|"
    r"(?:also\s+)?[a-z]{3,}ed)\b"
)


def _clauses(s: SentenceFacts) -> list[SentenceFacts]:
    """ "A has released CHF 800,000 for the society, B is supplying trucks, and C has seconded
    three specialists to D": a list of clauses, each with a subject of its own, read one by
    one (so B is not A's recipient). Two or more such boundaries, or none at all."""
    cuts = []
    for m in _CLAUSE_START.finditer(s.text):
        o = next((o for o in s.orgs if o.key and o.start == m.end()), None)
        if o is not None and _SUBJECT_VERB.match(s.text, o.end):
            cuts.append(m.start())
    first = s.orgs[0] if s.orgs else None
    # "In February the Society signed … with A; in May it concluded … with B; …": clauses
    # after semicolons whose subject is the first clause's, told again by a pronoun
    again = list(_SEMI_CLAUSE.finditer(s.text)) if "; " in s.text and len(cuts) < 2 else []
    if (
        again
        and first is not None
        and first.key
        and first.start < again[0].start()
        and _SUBJECT_VERB.match(s.text, first.end)
    ):
        cuts = [m.start() for m in again]
        pronouns = [
            Mention(m.start("it"), m.end("it"), m.group("it"), {first.key}, "coreference")
            for m in again
        ]
        s = replace(s, orgs=sorted([*s.orgs, *pronouns], key=lambda o: o.start))
    elif (
        len(cuts) < 2
        or first is None
        or first.start > cuts[0]
        or not _SUBJECT_VERB.match(s.text, first.end)
    ):
        return []
    spans = list(zip([0, *cuts], [*cuts, len(s.text)], strict=True))
    return [_span(s, a, b) for a, b in spans]


def _span(s: SentenceFacts, a: int, b: int) -> SentenceFacts:
    """The part [a, b) of a sentence, its mentions with it (the sentence's first date when
    the part names none)."""
    return replace(
        s,
        text=s.text[a:b],
        orgs=[replace(o, start=o.start - a, end=o.end - a) for o in s.orgs if a <= o.start < b],
        posts=[replace(p, start=p.start - a, end=p.end - a) for p in s.posts if a <= p.start < b],
        places=[replace(p, start=p.start - a, end=p.end - a) for p in s.places if a <= p.start < b],
        dates=[replace(d, start=d.start - a, end=d.end - a) for d in s.dates if a <= d.start < b]
        or s.dates[:1],
    )


#: ", and the blood donation component builds on …": a second clause with a subject of its
#: own that names no body ("the programme", "its work")
_AND_CLAUSE = re.compile(
    r",\s+(?:and|while|whereas|but)\s+(?=(?:the|its|their|this|these)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:is|are|was|were|has|have|had|will|builds|draws|follows|[a-z]{3,}ed)\b"
    # ", while the Spanish Red Cross finances …": a body as the second clause's subject
    r"|(?:the\s+)?(?:[a-z]+-[a-z]+\s+)?(?:[A-Z][\w'’-]*\s+){1,6}(?:also\s+)?[a-z]{3,}(?:s|ed)\b"
    # ", while the International Federation of … Societies (IFRC) helps …"
    r"|(?:the\s+)?[A-Z][\w'’-]*\s+(?:(?:[A-Z][\w'’-]*|of|and|for|the)\s+){1,11}"
    r"(?:\([A-Z]{2,8}\)\s+)?(?:also\s+)?[a-z]{3,}(?:s|ed)\b)"
)


def _two_clauses(s: SentenceFacts) -> list[Found]:
    """ "The curriculum was revised with support from A, and the component builds on the
    agreement B signed with C": each clause's own relationships, when both tell one (else
    the sentence is read whole)."""
    cut = _AND_CLAUSE.search(s.text)
    if cut is None:
        return []
    first, second = _find_in(_span(s, 0, cut.start())), _find_in(_span(s, cut.start(), len(s.text)))
    if first and not second:
        second = _gift_to_same(_span(s, cut.end(), len(s.text)), first)
    elif second and not first:
        first = _gift_to_same(_span(s, 0, cut.start()), second)
    return first + second if first and second else []


def _gift_to_same(s: SentenceFacts, before: list[Found]) -> list[Found]:
    """ "A contributed HKD 2 million to B, and C transferred 500,000 patacas": a gift whose
    recipient goes unsaid is to the one the first clause names."""
    gift = DONATION.search(s.text)
    given = [f for f in before if f.kind in ("donation", "support") and f.recipients]
    donor = _actors(s, 0, gift.start())[:1] if gift else []
    comma = s.text.find(",", gift.end()) if gift else -1
    if (
        not gift
        or not given
        or not donor
        or _keys(s.orgs, gift.end(), comma if comma > 0 else None)
    ):
        return []  # (", the society said" after it is the source)
    recipient = given[-1].recipients[0]
    if donor[0] == recipient or NOT_DONE.search(s.text, 0, gift.start()):
        return []
    date, _ = _date(s)
    return [
        Found(
            "donation",
            (donor[0],),
            "donation.same_recipient",
            0.6,
            recipients=(recipient,),
            date=date,
        )
    ]


_SUBSIDIARY_ASIDE = re.compile(
    r",\s+(?:(?:a|an|the)\s+(?:wholly[- ]owned\s+|local\s+|national\s+)?(?:subsidiary|affiliate|"
    r"division|arm|unit|member)|(?:which\s+is\s+)?(?:a\s+)?part)\s+of\s+[^,;]{2,80},"
)
_ACCORDING_TO = re.compile(r"\W*According\s+to\s+[^,;]{2,80},\s+")


def find_relations(s: SentenceFacts) -> list[Found]:
    """Every relationship the rules find in one sentence (a rule runs only where one of its
    words occurs: most prose has none)."""
    source = _ACCORDING_TO.match(s.text) if "ccording" in s.text else None
    if source:  # "According to the VNRC, the IFRC launched …": the source is not an actor
        s = replace(s, orgs=[o for o in s.orgs if o.start >= source.end()])
    owned = _SUBSIDIARY_ASIDE.search(s.text) if "of " in s.text else None
    if owned:  # "A, a subsidiary of B, and C signed …", "A, part of B, met …": B is no party
        s = _without(s, owned.start(), owned.end() - 1)
    s, members = _members_in_apposition(s) if ", a" in s.text or ", the" in s.text else (s, [])
    if members:
        return members + find_relations(s)
    clauses = _clauses(s) if s.text.count(", ") >= 2 or "; " in s.text else []
    if clauses:
        found = [f for c in clauses for f in _find_in(c)]
        if found:
            return found
    two = _two_clauses(s) if ", " in s.text else []
    return two or _find_in(s)


def _find_in(s: SentenceFacts) -> list[Found]:
    """The rules over one sentence, or one clause of it."""
    cues = sentence_cues(s.text)
    actors = _has_actors(s)
    out: list[Found] = []
    for rule in RULES:
        if rule in RULE_WORDS and f"rule:{rule.__name__}" not in cues:
            continue
        if not actors and rule not in _NEED_NO_ACTORS:
            continue  # no organisation, official or known person: only missions and events
        out.extend(rule(s))
    return out + _gift_in_next_clause(s, out) if ", " in s.text else out


#: "…, and the Qatar Red Crescent donated 500 tents", "…, while supermarket chain A handed
#: over …": a second giver, with no taker named
_AND_GAVE = re.compile(
    r",\s+(?:and|while)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?P<who>[A-Z][^,;]{1,80}?)\s+"
    r"(?:has\s+|have\s+|also\s+)*(?:donated|gave|sent|shipped|contributed|handed\s+over|"
    r"transferred|delivered)\s+(?![^.;]*\bto\s)"
)


def _gift_in_next_clause(s: SentenceFacts, found: list[Found]) -> list[Found]:
    """ "A seconded a coordinator to B, and C donated 500 tents": C's gift goes to B too."""
    takers = {r for f in found if f.kind in ("support", "donation") for r in f.recipients}
    m = _AND_GAVE.search(s.text) if len(takers) == 1 else None
    if not m:
        return []
    givers = [k for k in _keys(s.orgs, m.start("who"), m.end("who")) if k not in takers]
    if len(givers) != 1 or any(f.parties[:1] == (givers[0],) for f in found):
        return []
    date, _ = _date(s)
    return [
        Found(
            "donation",
            (givers[0],),
            "donation.next_clause",
            0.6,
            recipients=(next(iter(takers)),),
            date=date,
        )
    ]


def _has_actors(s: SentenceFacts) -> bool:
    return bool(
        s.orgs
        or s.posts
        or any(name in s.text for name in s.person_orgs)
        or (s.publisher and FIRST_PERSON.search(s.text))
    )


__all__ = ["RULES", "Found", "SentenceFacts", "find_relations", "joint_doers"]
