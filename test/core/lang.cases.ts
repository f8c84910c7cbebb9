// Short texts written for the language-identification tests and bench, one sentence each, in many
// languages: a few short phrases (at most 20 characters) and ordinary sentences of news and everyday
// prose. `KNOWN` are languages the detector names; `UNKNOWN` are languages it does not know, which
// must come back 'und' (or, for a few close relatives, at least not as a language of the pair).
export const KNOWN: Record<string, string[]> = {
  en: [
    'Where is the station?',
    'The committee met on Tuesday to discuss the new budget for the city schools.',
    'She had never seen the sea before, and she stood on the shore for a long time.',
    'Prices rose again last month, mostly because of the cost of fuel and food.',
    'He promised to call as soon as the train arrived, but his phone was dead.',
    'Most of the villagers still earn their living from fishing and small farms.',
  ],
  vi: [
    'Cảm ơn bạn rất nhiều.',
    'Hai nhà lãnh đạo đã gặp nhau tại một sân bay ở phía đông đất nước.',
    'Giá xăng tăng mạnh trong tháng qua khiến nhiều người dân phải đi làm bằng xe buýt.',
    'Bà ấy đã sống ở thành phố này hơn hai mươi năm nhưng vẫn nhớ quê hương.',
    'Chính phủ cho biết sẽ xây thêm ba bệnh viện mới trước cuối năm sau.',
    'Học sinh được nghỉ học hai ngày vì mưa lớn gây ngập nhiều tuyến đường.',
  ],
  ro: [
    'Bună ziua, ce mai faci?',
    'Guvernul a anunțat ieri că prețul energiei va scădea în lunile următoare.',
    'Mama mea gătește în fiecare duminică o ciorbă de legume pentru toată familia.',
    'Școala din satul nostru a fost renovată cu bani europeni anul trecut.',
    'Am așteptat autobuzul aproape o oră, iar până la urmă am mers pe jos.',
    'Această carte a fost tradusă în peste treizeci de limbi străine.',
  ],
  is: [
    'Góðan daginn, hvað segirðu?',
    'Veðrið var mjög slæmt í gær og margir vegir lokuðust vegna snjókomu.',
    'Ég hef búið í Reykjavík í tíu ár en fæddist á litlum bæ fyrir norðan.',
    'Ríkisstjórnin kynnti nýtt frumvarp um húsnæðismál á þinginu í morgun.',
    'Börnin fóru í sund eftir skóla og komu heim þreytt og svöng.',
    'Hann keypti sér gamlan bíl og ætlar að gera hann upp í sumar.',
  ],
  pl: [
    'Dzień dobry, jak się masz?',
    'Rząd zapowiedział, że od przyszłego roku podatki dla małych firm będą niższe.',
    'W sobotę pojechaliśmy nad jezioro i cały dzień łowiliśmy ryby.',
    'Moja babcia do dziś pamięta, jak wyglądało miasto przed wojną.',
    'Pociąg do Krakowa był opóźniony o prawie dwie godziny z powodu awarii.',
    'Nie wiem, czy zdążę skończyć tę pracę przed piątkiem.',
  ],
  el: [
    'Καλημέρα, τι κάνεις;',
    'Η κυβέρνηση ανακοίνωσε χθες νέα μέτρα για τη στήριξη των μικρών επιχειρήσεων.',
    'Το καλοκαίρι πηγαίνουμε πάντα στο νησί όπου γεννήθηκε ο παππούς μου.',
    'Οι τιμές των τροφίμων αυξήθηκαν σημαντικά τους τελευταίους μήνες.',
    'Το πλοίο έφυγε από τον Πειραιά με δύο ώρες καθυστέρηση λόγω των ανέμων.',
    'Η βιβλιοθήκη της πόλης θα μείνει κλειστή για επισκευές όλο τον Αύγουστο.',
  ],
  es: [
    '¿Dónde está el baño?',
    'El gobierno anunció ayer un nuevo plan para reducir el precio de la vivienda.',
    'Mi hermano trabaja en un hospital de Madrid desde hace casi diez años.',
    'Llovió tanto durante la noche que el río se desbordó en varios pueblos.',
    'Los estudiantes protestaron frente a la universidad por el aumento de las tasas.',
    'Nunca pensé que aprender a cocinar pudiera ser tan divertido.',
  ],
  de: [
    'Wie spät ist es?',
    'Die Regierung hat gestern neue Regeln für den Bau von Windkraftanlagen beschlossen.',
    'Meine Großmutter erzählt gern von ihrer Kindheit auf dem Bauernhof.',
    'Wegen des Streiks fielen am Montag fast alle Züge im Süden des Landes aus.',
    'Wir haben uns entschieden, im Sommer mit dem Fahrrad an die Ostsee zu fahren.',
    'Der Bürgermeister versprach, die alte Brücke bis zum Herbst zu reparieren.',
  ],
  fr: [
    'Merci beaucoup !',
    'Le gouvernement a présenté hier un projet de loi sur la réforme des retraites.',
    'Nous avons passé nos vacances dans un petit village au bord de la mer.',
    'Les habitants du quartier se plaignent du bruit des travaux depuis des mois.',
    'Elle a appris le piano toute seule, en écoutant de vieux disques.',
    'Le musée restera fermé pendant deux semaines pour des raisons de sécurité.',
  ],
  it: [
    'Buongiorno a tutti!',
    'Il governo ha approvato ieri una nuova legge sulla tutela dell’ambiente.',
    'Ogni estate andiamo al mare con i nonni in un piccolo paese della Puglia.',
    'Il treno per Milano è partito con un’ora di ritardo a causa della neve.',
    'Mia sorella studia medicina e vorrebbe lavorare in un ospedale pediatrico.',
    'Dopo la partita i tifosi hanno festeggiato nelle piazze fino a tarda notte.',
  ],
  pt: [
    'Muito obrigado!',
    'O governo anunciou ontem novas medidas para combater o desemprego entre os jovens.',
    'Os meus avós moram numa aldeia pequena no interior do país.',
    'Choveu tanto esta semana que várias estradas ficaram cortadas.',
    'A biblioteca da escola recebeu mais de mil livros novos este ano.',
    'Não sei se vou conseguir chegar a tempo para o jantar.',
  ],
  nl: [
    'Hoe gaat het met je?',
    'De regering heeft gisteren nieuwe maatregelen aangekondigd om de woningnood te bestrijden.',
    'Mijn buurman fietst elke dag twintig kilometer naar zijn werk.',
    'Door de storm zijn in het hele land honderden bomen omgewaaid.',
    'We hebben de hele middag in het park gezeten en naar de eenden gekeken.',
    'Het museum is na een lange verbouwing eindelijk weer open.',
  ],
  sv: [
    'Tack så mycket!',
    'Regeringen presenterade i går ett nytt förslag om sänkt skatt för pensionärer.',
    'Vi brukar tillbringa somrarna i en liten stuga vid en sjö i Dalarna.',
    'Tåget till Göteborg blev inställt på grund av ett fel på signalsystemet.',
    'Min dotter har börjat spela fotboll och tränar tre gånger i veckan.',
    'Det snöade hela natten och på morgonen var alla vägar täckta.',
  ],
  fi: [
    'Hyvää huomenta!',
    'Hallitus esitteli eilen uuden suunnitelman työttömyyden vähentämiseksi.',
    'Vietämme joka kesä muutaman viikon mökillä järven rannalla.',
    'Juna Helsinkiin oli myöhässä lähes tunnin lumimyrskyn takia.',
    'Isoäitini leipoo joka sunnuntai pullaa koko perheelle.',
    'Kaupungin kirjasto on suljettuna remontin vuoksi koko elokuun.',
  ],
  cs: [
    'Dobrý den, jak se máte?',
    'Vláda včera schválila nový zákon o podpoře malých a středních podniků.',
    'Každé léto jezdíme s dětmi na chatu k řece na jihu Čech.',
    'Vlak do Brna měl kvůli poruše na trati zpoždění téměř dvě hodiny.',
    'Moje sestra studuje medicínu a chtěla by pracovat v nemocnici.',
    'Celou noc sněžilo a ráno byly všechny silnice zavřené.',
  ],
  tr: [
    'Günaydın, nasılsın?',
    'Hükümet dün küçük işletmeler için yeni bir destek paketi açıkladı.',
    'Her yaz ailemle birlikte Ege kıyısındaki küçük bir kasabaya gideriz.',
    'Yoğun kar yağışı nedeniyle şehirdeki okullar iki gün tatil edildi.',
    'Kardeşim üniversitede mühendislik okuyor ve çok çalışkan bir öğrenci.',
    'Akşam yemeğinden sonra sahilde uzun bir yürüyüş yaptık.',
  ],
  ru: [
    'Как дела?',
    'Правительство вчера объявило о новых мерах поддержки малого бизнеса.',
    'Каждое лето мы ездим к бабушке в деревню на берегу Волги.',
    'Из-за сильного снегопада в городе закрыли несколько школ.',
    'Мой брат работает врачом в больнице уже больше десяти лет.',
    'Мы долго гуляли по парку и разговаривали о нашем детстве.',
  ],
  uk: [
    'Дякую, все добре!',
    'Уряд учора оголосив про нові заходи підтримки малого бізнесу.',
    'Щоліта ми їздимо до бабусі в село на березі Дніпра.',
    'Через сильний снігопад у місті зачинили кілька шкіл.',
    'Моя сестра навчається в університеті й мріє стати лікаркою.',
    'Ми довго гуляли парком і розмовляли про наше дитинство.',
  ],
  zh: [
    '谢谢你的帮助。',
    '政府昨天宣布了一项支持小企业的新计划。',
    '每年夏天我们都会去海边的小村庄看望爷爷奶奶。',
    '由于大雪，城里的几所学校停课两天。',
    '我的哥哥在一家医院当医生已经十多年了。',
    '晚饭后我们在公园里散步，聊了很久。',
  ],
  ja: [
    'ありがとうございます。',
    '政府は昨日、中小企業を支援する新しい計画を発表しました。',
    '毎年夏になると、家族で海の近くの小さな町に行きます。',
    '大雪のため、市内のいくつかの学校が休校になりました。',
    '兄は十年以上前から病院で医者として働いています。',
    '夕食のあと、公園をゆっくり散歩しながら話をしました。',
  ],
  ko: [
    '감사합니다.',
    '정부는 어제 중소기업을 지원하는 새로운 계획을 발표했습니다.',
    '매년 여름 우리 가족은 바닷가의 작은 마을에 갑니다.',
    '폭설 때문에 시내의 여러 학교가 이틀 동안 휴교했습니다.',
    '제 형은 십 년 넘게 병원에서 의사로 일하고 있습니다.',
    '저녁을 먹은 후 우리는 공원을 오래 산책했습니다.',
  ],
  ar: [
    'شكرا جزيلا لك.',
    'أعلنت الحكومة أمس عن خطة جديدة لدعم الشركات الصغيرة.',
    'نذهب كل صيف إلى قرية صغيرة على شاطئ البحر لزيارة أجدادنا.',
    'أغلقت عدة مدارس في المدينة بسبب الأمطار الغزيرة.',
    'يعمل أخي طبيبا في المستشفى منذ أكثر من عشر سنوات.',
  ],
  he: [
    'תודה רבה לך.',
    'הממשלה הודיעה אתמול על תוכנית חדשה לתמיכה בעסקים קטנים.',
    'בכל קיץ אנחנו נוסעים לכפר קטן על שפת הים.',
    'בגלל הגשם הכבד נסגרו כמה בתי ספר בעיר.',
    'אחי עובד כרופא בבית החולים כבר יותר מעשר שנים.',
  ],
  hu: [
    'Jó napot kívánok!',
    'A kormány tegnap új tervet jelentett be a kisvállalkozások támogatására.',
    'Minden nyáron a Balaton partján töltünk néhány hetet a nagyszüleimnél.',
    'A nagy havazás miatt a városban több iskola is bezárt két napra.',
    'A bátyám több mint tíz éve dolgozik orvosként a kórházban.',
    'Vacsora után sokáig sétáltunk a parkban, és a gyerekkorunkról beszélgettünk.',
  ],
};

/** Languages the detector's data does not cover. */
export const UNKNOWN: Record<string, string[]> = {
  cy: [
    'Mae’r llywodraeth wedi cyhoeddi cynllun newydd i gefnogi busnesau bach yng Nghymru.',
    'Rydyn ni’n mynd i’r traeth bob haf gyda’r plant a’u nain a’u taid.',
    'Roedd y trên i Gaerdydd yn hwyr oherwydd yr eira trwm dros nos.',
  ],
  sw: [
    'Serikali imetangaza mpango mpya wa kusaidia wafanyabiashara wadogo nchini.',
    'Kila mwaka tunaenda kijijini kuwatembelea babu na bibi yetu.',
    'Mvua kubwa imesababisha mafuriko katika maeneo mengi ya jiji.',
  ],
  eo: [
    'La registaro anoncis hieraŭ novan planon por helpi malgrandajn entreprenojn.',
    'Ĉiun someron ni veturas al malgranda vilaĝo apud la maro.',
    'Pro la forta neĝado, pluraj lernejoj en la urbo estis fermitaj.',
  ],
  la: [
    'Gallia est omnis divisa in partes tres, quarum unam incolunt Belgae.',
    'Senatus populusque Romanus legatos ad regem miserunt ut pacem peterent.',
    'Magister discipulos suos semper monebat ut libros diligenter legerent.',
  ],
  ga: [
    'D’fhógair an rialtas plean nua inné chun tacú le gnólachtaí beaga.',
    'Téimid go dtí an trá gach samhradh le mo sheanmháthair agus mo sheanathair.',
    'Bhí an traein go Gaillimh déanach mar gheall ar an sneachta trom.',
  ],
  mt: [
    'Il-gvern ħabbar pjan ġdid biex jgħin lin-negozji ż-żgħar f’Malta.',
    'Kull sajf immorru l-baħar mal-familja u nqattgħu l-jum kollu fix-xemx.',
    'Minħabba x-xita qawwija, ħafna toroq fil-belt kienu mgħarrqa.',
  ],
  zu: [
    'Uhulumeni umemezele uhlelo olusha lokusiza amabhizinisi amancane.',
    'Njalo ehlobo siya emakhaya ukuyovakashela ugogo nomkhulu wethu.',
    'Izikole eziningi edolobheni zivaliwe ngenxa yezimvula ezinamandla.',
  ],
  so: [
    'Dowladdu waxay shalay ku dhawaaqday qorshe cusub oo lagu taageerayo ganacsatada yaryar.',
    'Xagaa kasta waxaan u safarnaa tuulo yar oo ku taal xeebta badda.',
  ],
};

/**
 * Close relatives of languages the detector knows, which it does not know itself: a text of three or
 * four sentences each. `near` are the known relatives it may take them for. `told` says whether the
 * detector's own evidence gives the text away (letters its relative never writes, a best score far
 * below the relative's usual one): then the whole text is 'und'; the others are named as the relative
 * at most (the small n-gram data holds too little to tell them apart).
 */
export const RELATIVES: Record<string, { texts: string[]; near: string[]; told: boolean }> = {
  af: {
    near: ['nl'],
    told: false,
    texts: [
      'Die regering het gister ’n nuwe plan aangekondig om klein besighede te help.',
      'Elke somer gaan ons see toe saam met my oupa en ouma.',
      'Ek het nie geweet dat die winkel op Sondae gesluit is nie.',
      'Die kinders speel buite in die tuin terwyl hulle ma kos maak.',
    ],
  },
  gl: {
    near: ['pt', 'es'],
    told: false,
    texts: [
      'O goberno anunciou onte un novo plan para axudar ás pequenas empresas.',
      'Todos os veráns imos á praia cos nosos avós.',
      'A choiva non parou en toda a semana e os ríos medraron moito.',
      'Onte fomos ao mercado mercar peixe e verduras para a cea.',
    ],
  },
  oc: {
    near: ['ca', 'fr', 'es'],
    told: false,
    texts: [
      'Lo govèrn a anonciat ièr un plan novèl per ajudar las pichonas entrepresas.',
      'Cada estiu anam a la mar amb mos grands e passam de jorns plan polits.',
      'La lenga occitana es parlada dins lo sud de França e dins de valadas d’Itàlia.',
    ],
  },
  ast: {
    near: ['es'],
    told: false,
    texts: [
      'El gobiernu anunció ayeri un plan nuevu p’ayudar a les pequeñes empreses.',
      'Tolos branos vamos a la playa colos nuesos güelos.',
      'Nun sé si va llover mañana, pero el cielu ta mui nubláu.',
    ],
  },
  lb: {
    near: ['de', 'nl'],
    told: true,
    texts: [
      'D’Regierung huet gëschter en neie Plang fir déi kleng Betriber virgestallt.',
      'All Summer fuere mir mat de Grousselteren op d’Mier.',
      'Ech weess net, ob de Buttek haut nach op ass.',
    ],
  },
  sco: {
    near: ['en'],
    told: false,
    texts: [
      'The govrenment haes annooncit a new plan tae help wee businesses.',
      'Ilka simmer we gang doon tae the seaside wi oor granny an grandfaither.',
      'A dinnae ken whit wey the bairns are no hame yet, it’s awfy late.',
    ],
  },
  fo: {
    near: ['is', 'no', 'da'],
    told: true,
    texts: [
      'Landsstýrið hevur í gjár kunngjørt eina nýggja ætlan at hjálpa smáum fyritøkum.',
      'Hvørt summar fara vit til eina lítla bygd við sjógvin saman við ommu og abba.',
      'Veðrið var ringt í morgin, og nógvir vegir vóru stongdir.',
    ],
  },
  fy: {
    near: ['nl'],
    told: false,
    texts: [
      'It regear hat juster in nij plan oankundige om lytse bedriuwen te helpen.',
      'Elke simmer geane wy mei pake en beppe nei de see.',
      'Ik wit net oft de winkel hjoed noch iepen is.',
    ],
  },
  mk: {
    near: ['bg', 'sr', 'ru'],
    told: false,
    texts: [
      'Владата вчера објави нов план за помош на малите претпријатија.',
      'Секое лето одиме на езеро со баба ми и дедо ми.',
      'Не знам дали продавницата е отворена денес.',
    ],
  },
  co: {
    near: ['it'],
    told: true,
    texts: [
      'U guvernu hà annunziatu eri un novu pianu per aiutà e piccule imprese.',
      'Ogni statina andemu à u mare cù minnanna è babbone.',
      'Ùn sò s’ellu hà da piove dumane, ma u celu hè bughju.',
    ],
  },
};

/** The known relatives of RELATIVES, in the same kind of text: named right. */
export const KNOWN_RELATIVES: Record<string, string[]> = {
  ca: ['El govern va anunciar ahir un pla nou per ajudar les petites empreses.', 'Cada estiu anem a la platja amb els avis i passem uns dies molt bonics.', 'No sé si plourà demà, però el cel està molt ennuvolat.'],
  da: ['Regeringen præsenterede i går en ny plan for at hjælpe små virksomheder.', 'Hver sommer tager vi til en lille by ved havet sammen med bedsteforældrene.', 'Jeg ved ikke, om butikken stadig er åben i dag.'],
  no: ['Regjeringen la i går fram en ny plan for å hjelpe små bedrifter.', 'Hver sommer reiser vi til en liten bygd ved sjøen sammen med besteforeldrene.', 'Jeg vet ikke om butikken fortsatt er åpen i dag.'],
  bg: ['Правителството обяви вчера нов план за подкрепа на малките предприятия.', 'Всяко лято ходим на море с баба и дядо.', 'Не знам дали магазинът е отворен днес.'],
  sr: ['Влада је јуче објавила нови план за помоћ малим предузећима.', 'Сваког лета идемо на море са бабом и дедом.', 'Не знам да ли је продавница данас отворена.'],
  hr: ['Vlada je jučer objavila novi plan za pomoć malim poduzećima.', 'Svakog ljeta idemo na more s bakom i djedom.', 'Ne znam je li trgovina danas otvorena.'],
};

/** Not language at all: numbers, codes, a URL, a name. */
export const NOT_LANGUAGE: string[] = [
  '',
  '   ',
  '12345 67890',
  '3.14159 2.71828 1.41421',
  'https://example.org/a/b?c=1',
  'ID-7731-XK / 2024-05-17',
  '!!! ??? ...',
  'Putin',
  'xqzt vrwk',
  'abc def ghi jkl',
];
