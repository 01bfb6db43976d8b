"""Articles in scripts without case or spaces keep their body, and lose their furniture."""
from __future__ import annotations

import pytest

import cleantext

CASES = {
    "arabic": (
        ["قالت وزارة الصحة إن عدد الإصابات انخفض خلال الأسبوع الماضي بعد حملة التطعيم الواسعة في المدن الكبرى.",
         "وأضاف المتحدث باسم الوزارة أن المستشفيات لم تعد تعاني من نقص في الأسرة كما كان الحال في الشتاء؟",
         "وتخطط الحكومة لتوسيع الحملة لتشمل القرى والمناطق النائية في الأشهر المقبلة.",
         "ولم يحدد موعد البدء بعد."],
        ["Share", "Advertisement", "© 2024 Example Media. All rights reserved."],
    ),
    "hindi": (
        ["राज्य सरकार ने सोमवार को घोषणा की कि सभी सरकारी स्कूलों में अगले महीने से मुफ्त भोजन दिया जाएगा।",
         "शिक्षा मंत्री ने कहा कि इस योजना से लगभग बीस लाख बच्चों को लाभ मिलेगा और स्कूलों में उपस्थिति बढ़ेगी।",
         "विपक्ष ने योजना का स्वागत किया लेकिन इसके लिए बजट की स्पष्ट जानकारी मांगी।",
         "पहला चरण जुलाई में शुरू होगा।"],
        ["Share", "Advertisement", "Follow us on Twitter"],
    ),
    "chinese": (
        ["市政府周一宣布，将在明年春天之前把地铁线路延伸到北部郊区，以缓解交通拥堵。",
         "交通局负责人表示，新线路预计每天可以运送十万名乘客，并减少道路上的汽车数量。",
         "一些居民担心施工会影响周边商店的生意，但大多数受访者支持这个计划。",
         "工程将于三月开工。"],
        ["Share", "Advertisement", "Read more: Example headline here"],
    ),
    "greek": (
        ["Η κυβέρνηση ανακοίνωσε τη Δευτέρα ότι θα αυξήσει τον κατώτατο μισθό από τον Ιανουάριο του επόμενου έτους.",
         "Ο υπουργός Εργασίας δήλωσε ότι η αύξηση θα αφορά περισσότερους από εξακόσιους χιλιάδες εργαζόμενους.",
         "Οι εργοδότες ζήτησαν μέτρα στήριξης για τις μικρές επιχειρήσεις που θα επιβαρυνθούν.",
         "Η συζήτηση συνεχίζεται."],
        ["Share", "Advertisement", "Sign in"],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_body_kept_and_furniture_dropped(name):
    body, furniture = CASES[name]
    # A short last paragraph (a sentence in a script without case, or with its own full stop)
    # after the body must stay; the furniture around it must go.
    page = "\n".join([furniture[0], *body[:2], furniture[1], *body[2:], furniture[2]])
    assert cleantext.clean(page) == "\n\n".join(body)
