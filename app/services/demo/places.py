"""Place data: town names for addresses, the agency directory, employers' name parts.

Public bodies carry their generic names (a city hall department, the social welfare council,
Hello Work); hospitals, clinics, companies, NPOs and law offices are invented.
"""

from __future__ import annotations

from dataclasses import dataclass

TOWNS = tuple(
    [
        "本町",
        "中央",
        "栄町",
        "緑町",
        "旭町",
        "東町",
        "西町",
        "南町",
        "北町",
        "寿町",
        "幸町",
        "若葉町",
        "桜町",
        "松原",
        "青葉台",
        "日の出町",
        "朝日町",
        "新町",
        "浜町",
        "港町",
        "宮前",
        "元町",
        "春日町",
        "千歳町",
        "末広町",
        "平和町",
        "光町",
        "泉町",
        "富士見町",
        "住吉町",
        "常盤町",
        "八幡町",
        "曙町",
        "白鳥町",
        "錦町",
        "高砂町",
        "弥生町",
        "柳町",
        "大島",
        "川西町",
    ]
)
BUILDINGS = tuple(["ひまわりハイツ", "コーポさくら", "グリーンヒル", "メゾン青葉", "サンライズ中央", "パークサイド"])
POSTAL_PREFIXES = ("710", "711", "712", "713")


@dataclass(frozen=True)
class AgencySeed:
    name: str
    department: str
    kind: str  # agency_kind code
    kana: str
    tags: tuple[str, ...]


def _agencies(text: str) -> tuple[AgencySeed, ...]:
    out = []
    for line in text.strip().splitlines():
        name, dept, kind, kana, tags = (part.strip() for part in line.split("|"))
        out.append(AgencySeed(name, dept, kind, kana, tuple(tags.split())))
    return tuple(out)


CITY = "倉敷市役所|{}|government|くらしきしやくしょ|{}"
_CITY_DEPTS = """生活福祉課:ref welfare meeting
福祉援護課:ref welfare
納税課:ref tax budget
市民税課:ref tax budget
資産税課:tax
国民健康保険課:ref nhi budget
住宅課:ref housing
子育て支援課:ref child
障がい福祉課:ref disability
介護保険課:ref elderly
健康長寿課:ref elderly
男女共同参画課:ref dv
生活安全課:ref
被災者支援室:disaster recovery ref
玉島支所 市民課:ref
児島支所 市民課:ref
水島支所 市民課:ref
真備支所 市民課:ref disaster"""

AGENCIES: tuple[AgencySeed, ...] = _agencies(
    "\n".join(CITY.format(*line.split(":")) for line in _CITY_DEPTS.splitlines())
    + """
倉敷市保健所|保健課|government|くらしきしほけんじょ|ref health meeting
倉敷市保健所|保健推進室（保健師）|government|くらしきしほけんじょ|ref health joint
倉敷市水道局|料金課|government|くらしきしすいどうきょく|utilities
倉敷市教育委員会|スクールソーシャルワーカー|education|くらしきしきょういくいいんかい|ref ssw joint
倉敷市教育委員会|指導課|education|くらしきしきょういくいいんかい|ref school
倉敷市子ども相談センター||government|くらしきしこどもそうだんせんたー|ref child meeting
倉敷市消費生活センター||government|くらしきししょうひせいかつせんたー|ref consumer budget
倉敷市社会福祉協議会|地域福祉課|welfare|くらしきししゃかいふくしきょうぎかい|ref council meeting
倉敷市社会福祉協議会|生活支援課（貸付）|welfare|くらしきししゃかいふくしきょうぎかい|ref council budget
倉敷市障がい者基幹相談支援センター||welfare|くらしきししょうがいしゃきかんそうだんしえんせんたー|ref disability joint meeting
倉敷市発達障がい者支援センター||welfare|くらしきしはったつしょうがいしゃしえんせんたー|ref disability joint
倉敷障がい者就業・生活支援センター||employment|くらしきしょうがいしゃしゅうぎょうせいかつしえんせんたー|ref disability employment
倉敷東高齢者支援センター||welfare|くらしきひがしこうれいしゃしえんせんたー|ref elderly joint
倉敷西高齢者支援センター||welfare|くらしきにしこうれいしゃしえんせんたー|ref elderly joint
玉島北高齢者支援センター||welfare|たましまきたこうれいしゃしえんせんたー|ref elderly
水島南高齢者支援センター||welfare|みずしまみなみこうれいしゃしえんせんたー|ref elderly
児島西高齢者支援センター||welfare|こじまにしこうれいしゃしえんせんたー|ref elderly
ハローワーク倉敷中央|職業相談部門|employment|はろーわーくくらしきちゅうおう|ref hellowork meeting
ハローワーク倉敷中央|生活保護受給者等就労支援コーナー|employment|はろーわーくくらしきちゅうおう|welfare_programme
ハローワーク玉島||employment|はろーわーくたましま|ref hellowork
ハローワーク児島||employment|はろーわーくこじま|ref hellowork
くらしき若者サポートステーション||employment|くらしきわかものさぽーとすてーしょん|ref employment
一般社団法人 はたらくみち|就労準備支援事業所|employment|はたらくみち|prep meeting
社会福祉法人 みずほ会|認定就労訓練事業所|employment|みずほかい|training
法テラス岡山||legal|ほうてらすおかやま|ref legal budget
岡山弁護士会|法律相談センター|legal|おかやまべんごしかい|legal
ひかり総合法律事務所||legal|ひかりそうごうほうりつじむしょ|legal budget
みなと司法書士事務所||legal|みなとしほうしょしじむしょ|legal budget
岡山家庭裁判所|倉敷支部|legal|おかやまかていさいばんしょ|legal
倉敷年金事務所||government|くらしきねんきんじむしょ|ref pension
岡山県倉敷児童相談所||government|おかやまけんくらしきじどうそうだんじょ|ref child meeting
岡山県女性相談所||government|おかやまけんじょせいそうだんじょ|ref dv
岡山県備中県民局|健康福祉部|government|おかやまけんびっちゅうけんみんきょく|ref
倉敷警察署|生活安全課|government|くらしきけいさつしょ|ref
倉敷市民生委員児童委員協議会||community|くらしきしみんせいいいんじどういいんきょうぎかい|ref community
真備地区復興支援センター||welfare|まびちくふっこうしえんせんたー|ref recovery disaster meeting
真備地区まちづくり推進協議会||community|まびちくまちづくりすいしんきょうぎかい|disaster community
学校法人 あおば学園||education|あおばがくえん|school_corp
倉敷市立中央小学校||education|くらしきしりつちゅうおうしょうがっこう|ref school
倉敷市立緑ヶ丘中学校||education|くらしきしりつみどりがおかちゅうがっこう|ref school
倉敷市子どもの学習・生活支援事業|学習教室|education|くらしきしこどものがくしゅうせいかつしえんじぎょう|learning
特定非営利活動法人 まなびの木|小学生訪問型学習・生活支援|education|まなびのき|learning_home
特定非営利活動法人 あかりの家|一時生活支援事業|welfare|あかりのいえ|shelter
特定非営利活動法人 フードバンクせとうち||private|ふーどばんくせとうち|food
子ども食堂 ひだまりキッチン||community|こどもしょくどうひだまりきっちん|community child
特定非営利活動法人 よりそいネット||private|よりそいねっと|community
くらしき中央クリニック||medical|くらしきちゅうおうくりにっく|ref medical
みずしま協和病院|医療相談室|medical|みずしまきょうわびょういん|ref medical
たましま心療内科||medical|たましましんりょうないか|ref medical
こじま内科医院||medical|こじまないかいいん|medical
倉敷南メンタルクリニック||medical|くらしきみなみめんたるくりにっく|ref medical
あさひ総合病院|地域医療連携室|medical|あさひそうごうびょういん|ref medical
ひまわり不動産||real_estate|ひまわりふどうさん|realestate
みなと住宅管理株式会社||real_estate|みなとじゅうたくかんり|realestate
くらしき住まいサポート||real_estate|くらしきすまいさぽーと|realestate
あんしん保証株式会社||private|あんしんほしょう|realestate guarantor
"""
)

# employers: stem × business (+ legal form); readings are built from the parts' readings
EMPLOYER_STEMS = (
    ("あさひ", "あさひ"),
    ("みらい", "みらい"),
    ("ひまわり", "ひまわり"),
    ("さくら", "さくら"),
    ("瀬戸内", "せとうち"),
    ("水島", "みずしま"),
    ("児島", "こじま"),
    ("玉島", "たましま"),
    ("倉敷", "くらしき"),
    ("白壁", "しらかべ"),
    ("高梁川", "たかはしがわ"),
    ("備中", "びっちゅう"),
    ("中庄", "なかしょう"),
    ("福田", "ふくだ"),
    ("連島", "つらじま"),
    ("みどり", "みどり"),
    ("やまと", "やまと"),
    ("ひかり", "ひかり"),
    ("かがやき", "かがやき"),
    ("いぶき", "いぶき"),
)
EMPLOYER_BUSINESSES = (
    ("物流", "ぶつりゅう", "運輸・物流"),
    ("食品", "しょくひん", "食品製造"),
    ("建設", "けんせつ", "建設"),
    ("介護サービス", "かいごさーびす", "介護・福祉"),
    ("クリーンサービス", "くりーんさーびす", "清掃"),
    ("製作所", "せいさくしょ", "製造"),
    ("運輸", "うんゆ", "運輸・物流"),
    ("フーズ", "ふーず", "飲食"),
    ("テクノ", "てくの", "製造"),
    ("警備保障", "けいびほしょう", "警備"),
    ("ホテル", "ほてる", "宿泊"),
    ("農園", "のうえん", "農業"),
    ("縫製", "ほうせい", "製造"),
    ("リサイクル", "りさいくる", "廃棄物処理"),
    ("商事", "しょうじ", "卸売・小売"),
    ("ビルメンテナンス", "びるめんてなんす", "清掃"),
    ("ケアセンター", "けあせんたー", "介護・福祉"),
)
BRANCHES = ("", "本社", "玉島営業所", "水島工場", "児島事業所", "倉敷センター", "中庄店")

JOB_TITLES = (
    ("製造補助", "part_time", 950),
    ("倉庫内軽作業", "part_time", 960),
    ("清掃スタッフ", "part_time", 930),
    ("介護職員", "regular", 185000),
    ("調理補助", "part_time", 940),
    ("配送ドライバー", "contract", 210000),
    ("施設警備員", "contract", 190000),
    ("事務補助", "part_time", 980),
    ("農作業スタッフ", "part_time", 930),
    ("ホテル客室清掃", "part_time", 950),
    ("検品・梱包", "dispatch", 1050),
    ("販売スタッフ", "part_time", 960),
)

TRAINING_ORGANISERS = (
    "厚生労働省（委託事業）",
    "岡山県",
    "倉敷市",
    "倉敷市社会福祉協議会",
    "岡山県社会福祉協議会",
    "倉敷市保健所",
    "倉敷市要保護児童対策地域協議会",
)
