/**
 * Occupation words in English, Ukrainian and Arabic, each with the Danish job titles ads use for
 * it, so that "nurse", "медсестра" and "ممرضة" find the sygeplejerske ads. Rows of the one search
 * vocabulary (`search-vocabulary.ts`, lang 'en' | 'uk' | 'ar'), read by `search-expansion.ts`:
 * the server imports them directly (`server/search.ts`); the phone loads this module only for an
 * offline search (`client/job-cache.ts`), as it is several kilobytes and a Danish search online
 * never needs it.
 *
 * One line per occupation: `Danish terms | English | Ukrainian | Arabic`, comma-separated. The
 * Danish terms come first from the seed's occupation titles (`server/seed/job-vocabulary.ts`,
 * DISCO-08 titles) and otherwise from the titles Danish job ads use; every seed occupation has a
 * word in each language (tested). The foreign words are the everyday words a newcomer would type:
 * Ukrainian in nominative singular and plural, masculine and feminine, plus a light stem for the
 * other cases (`search-expansion.ts`); Arabic without the article ال and without diacritics,
 * masculine and feminine (ة), sound and broken plurals — typed variants (أ/إ/آ, ى, ة/ه, tashkeel,
 * ال) are folded by `vocabularyKey`. English plurals ("nurses") find their row by stem.
 * Left out on purpose: English words that are Danish words too — with another meaning ("chef" is
 * a boss, "server" a computer, "intern" means internal) or the same ("hotel", "bank",
 * "marketing"), as a Dane typing them must not be told they were translated.
 */
import type { VocabularyEntry } from './search-vocabulary';

const TABLE = `
# Health
sygeplejerske | nurse, registered nurse, staff nurse | медсестра, медсестри, медсестер, медбрат, медбрати, медична сестра, медичні сестри, медичний брат | ممرضة, ممرض, ممرضات, ممرضين, ممرضون
social- og sundhedsassistent, sosu-assistent | healthcare assistant, health care assistant, nursing assistant, nurse assistant | молодша медсестра, молодша медична сестра, помічник медсестри, помічниця медсестри | مساعد تمريض, مساعدة تمريض, مساعد ممرض, مساعدة ممرضة
social- og sundhedshjælper, sosu-hjælper | care worker, care assistant, carer, caregiver, elderly care, support worker | доглядальниця, доглядальник, доглядальниці, доглядальники, доглядачка, догляд за літніми людьми, соціальний робітник | مساعد رعاية, مساعدة رعاية, مقدم رعاية, مقدمة رعاية, عامل رعاية, عاملة رعاية, رعاية مسنين, رعاية كبار السن
hjemmehjælper, social- og sundhedshjælper | home carer, home care worker, home helper, home care | доглядальниця вдома, догляд вдома | رعاية منزلية, مساعدة منزلية للمسنين
læge | doctor, physician, medical doctor | лікар, лікарка, лікарі, лікаря | طبيب, طبيبة, أطباء, طبيبات, دكتور
tandlæge | dentist | стоматолог, стоматологиня, стоматологи, зубний лікар | طبيب أسنان, طبيبة أسنان, أطباء أسنان
fysioterapeut | physiotherapist, physical therapist, physio | фізіотерапевт, фізіотерапевтка, фізіотерапевти, фізичний терапевт, реабілітолог | معالج فيزيائي, معالجة فيزيائية, معالج طبيعي, أخصائي علاج طبيعي, أخصائية علاج طبيعي
ergoterapeut | occupational therapist | ерготерапевт, ерготерапевтка, ерготерапевти | معالج وظيفي, معالجة وظيفية, أخصائي علاج وظيفي
psykolog | psychologist | психолог, психологиня, психологи | أخصائي نفسي, أخصائية نفسية, معالج نفسي, معالجة نفسية
psykiater | psychiatrist | психіатр, психіатри | طبيب نفسي, طبيبة نفسية
jordemoder | midwife, midwives | акушерка, акушерки, акушер | قابلة, قابلات, مولدة
farmaceut | pharmacist | фармацевт, фармацевтка, фармацевти, провізор | صيدلي, صيدلانية, صيدلاني, صيادلة
farmakonom, apoteksassistent | pharmacy assistant, pharmacy technician, dispenser | помічник фармацевта, помічниця фармацевта | مساعد صيدلي, مساعدة صيدلي, فني صيدلة
klinikassistent, tandklinikassistent | dental assistant, dental nurse | асистент стоматолога, асистентка стоматолога | مساعد طبيب أسنان, مساعدة طبيب أسنان
tandplejer | dental hygienist | гігієніст зубний, стоматологічний гігієніст | أخصائي صحة الفم, أخصائية صحة الفم
tandtekniker | dental technician | зубний технік, зубні техніки | فني أسنان, فني تركيبات أسنان
lægesekretær | medical secretary | медичний секретар, медична секретарка, медреєстратор | سكرتيرة طبية, سكرتير طبي
portør | hospital porter, orderly, porter | санітар, санітарка, санітари | عامل نقل المرضى
bioanalytiker, laborant | lab technician, laboratory technician, biomedical scientist, laboratory assistant | лаборант, лаборантка, лаборанти | فني مختبر, فنية مختبر, محلل مختبر, فني مختبرات
radiograf | radiographer, x-ray technician | рентгенолаборант, рентгенолог | فني أشعة, فنية أشعة
ambulancebehandler, paramediciner | paramedic, ambulance worker | фельдшер, парамедик, фельдшерка | مسعف, مسعفة, مسعفين
optiker | optician, optometrist | оптик, оптометрист | أخصائي بصريات, فني نظارات
dyrlæge | vet, veterinarian, veterinary surgeon | ветеринар, ветлікар, ветеринарка | طبيب بيطري, طبيبة بيطرية, بيطري
veterinærsygeplejerske | veterinary nurse | ветеринарна медсестра | ممرضة بيطرية
massør | massage therapist, masseur, masseuse | масажист, масажистка | مدلك, مدلكة, معالج بالتدليك
kiropraktor | chiropractor | хіропрактик, мануальний терапевт | معالج يدوي, مقوم العمود الفقري
diætist, klinisk diætist | dietitian, dietician, nutritionist | дієтолог, нутриціолог | أخصائي تغذية, أخصائية تغذية
sundhedsplejerske | health visitor | патронажна медсестра, патронажна сестра | ممرضة زائرة
handicaphjælper | personal assistant for disabled, disability support worker | асистент людини з інвалідністю, особистий асистент | مساعد ذوي الإعاقة, مرافق ذوي الإعاقة
plejehjem | nursing home, care home | будинок престарілих, будинок для літніх людей | دار مسنين, دار رعاية, دار عجزة
hospital, sygehus | | лікарня, шпиталь | مستشفى
# Children, school, social work
pædagog | kindergarten teacher, preschool teacher, nursery teacher, early years teacher, early childhood educator, pedagogue, childcare worker | вихователь, вихователька, вихователі, виховательки, вихователь дитячого садка, педагог, педагогиня, педагоги | معلمة روضة, معلم روضة, معلمة حضانة, مربية أطفال, مربي أطفال, معلمة رياض أطفال
pædagogmedhjælper, pædagogisk assistent | childcare assistant, nursery assistant, teaching assistant, kindergarten assistant, classroom assistant | помічник вихователя, помічниця вихователя, асистент вчителя, асистентка вчителя | مساعدة معلمة روضة, مساعد معلم روضة, مساعدة روضة, مساعد معلم, مساعدة معلم
dagplejer | childminder, day care provider | денна няня | حاضنة أطفال
barnepige, børnepasser | babysitter, nanny, au pair | няня, няні, нянька | جليسة أطفال, مربية, مربيات
børnehave, vuggestue, pædagog | kindergarten, nursery, preschool, day care, daycare | дитячий садок, дитсадок, садочок, ясла | روضة, روضة أطفال, حضانة, رياض أطفال
lærer, folkeskolelærer | teacher, school teacher, primary school teacher | вчитель, вчителька, вчителі, учитель, учителька, учителі, вчительки | معلم, معلمة, معلمين, معلمون, معلمات, مدرس, مدرسين
gymnasielærer | high school teacher, secondary school teacher | вчитель старших класів | مدرس ثانوي, معلم ثانوي, أستاذ ثانوي
underviser | instructor, lecturer, tutor, trainer | викладач, викладачка, викладачі | محاضر, أستاذ, أستاذة
sproglærer, dansklærer | language teacher | вчитель мови, викладач мови | معلم لغة, مدرس لغة
vikar, lærervikar | substitute teacher, supply teacher | вчитель на заміну | معلم بديل, مدرس بديل
skole | school | школа | مدرسة ابتدائية
skoleleder | school principal, headteacher, head teacher | директор школи | مدير مدرسة, مديرة مدرسة
institutionsleder | kindergarten manager, nursery manager | завідувач дитячого садка, завідувачка дитячого садка | مديرة روضة, مدير روضة
socialrådgiver | social worker, caseworker | соціальний працівник, соціальна працівниця, соцпрацівник, соціальні працівники | أخصائي اجتماعي, أخصائية اجتماعية, باحث اجتماعي, باحثة اجتماعية
socialpædagog | social educator, social pedagogue | соціальний педагог, соціальна педагогиня | مربي اجتماعي, مربية اجتماعية
fritidspædagog, klubmedarbejder | youth worker, after school worker | педагог-організатор | عامل شباب
tolk | interpreter | усний перекладач | مترجم فوري, مترجمة فورية
tolk, oversætter | | перекладач, перекладачка, перекладачі, тлумач | مترجم, مترجمة, مترجمين
oversætter | translator | письмовий перекладач | مترجم تحريري
bibliotekar | librarian | бібліотекар, бібліотекарка | أمين مكتبة, أمينة مكتبة
# Cleaning and property
rengøringsassistent, rengøringsmedarbejder | cleaner, cleaning assistant, cleaning lady, cleaning operative | прибиральниця, прибиральник, прибиральниці, прибиральники, працівник клінінгу, працівниця клінінгу | عامل نظافة, عاملة نظافة, عمال نظافة, عاملات نظافة, منظف, منظفة, عامل تنظيف, عاملة تنظيف
rengøring, rengøringsassistent | cleaning, cleaning job | прибирання, клінінг | تنظيف, نظافة
stuepige, rengøringsassistent | chambermaid, room attendant, housekeeping, hotel cleaner | покоївка, покоївки | عاملة غرف, عاملة تنظيف غرف
vinduespudser | window cleaner | мийник вікон, мийниця вікон | منظف نوافذ, عامل تنظيف نوافذ
husassistent, hushjælp | housekeeper, domestic worker, housemaid, maid | хатня робітниця, домробітниця, помічниця по господарству | عاملة منزلية, خادمة, مدبرة منزل
pedel, servicemedarbejder, ejendomsservicetekniker | janitor, caretaker, maintenance worker, building caretaker | двірник, технічний працівник, завгосп | حارس مبنى, عامل صيانة, بواب
vicevært, ejendomsservicetekniker | superintendent, building manager, property caretaker | керуючий будинком | ناطور, مشرف مبنى
altmuligmand | handyman, odd job man | майстер на всі руки | عامل متعدد المهام
renovationsarbejder, skraldemand | garbage collector, refuse collector, waste collector, bin man, garbage man | сміттяр, сміттярі, працівник з вивезення сміття | عامل نفايات, جامع قمامة, عامل قمامة, زبال
gadefejer, renovationsarbejder | street sweeper, street cleaner | прибиральник вулиць | كناس, عامل نظافة شوارع
# Kitchen, restaurant, hotel, food
kok | cook, cooks, line cook | кухар, кухарка, кухарі, кухарки, повар, повариха | طباخ, طباخة, طباخين, طهاة, طاهي, شيف
køkkenchef | head chef, executive chef, chef de cuisine | шеф-кухар, шеф кухар, головний кухар | رئيس طهاة, شيف رئيسي, رئيس مطبخ
køkkenmedhjælper, køkkenassistent | kitchen assistant, kitchen helper, kitchen porter, kitchen worker, kitchen hand, prep cook | помічник кухаря, помічниця кухаря, кухонний працівник, працівник кухні, кухонна робітниця | مساعد طباخ, مساعدة طباخ, مساعد مطبخ, عامل مطبخ, عاملة مطبخ
køkken, køkkenmedhjælper | kitchen | кухня | مطبخ
opvasker | dishwasher, dish washer, dishwashing, pot washer | мийник посуду, мийниця посуду, посудомийниця, посудомийник | غاسل صحون, عامل غسيل صحون, غاسل أطباق, عامل جلي
tjener | waiter, waitress, waiting staff | офіціант, офіціантка, офіціанти, офіціантки | نادل, نادلة, نادلين, نادلون, جرسون
bartender | barkeeper, barman, barmaid, bar staff | бармен, барменка, бармени | ساقي, ساقية, عامل بار
barista, cafémedarbejder | coffee maker, cafe worker, café worker | бариста, працівник кафе | باريستا, صانع قهوة, عامل مقهى
receptionist | front desk, front desk clerk, desk clerk | адміністратор рецепції, рецепціоніст, рецепціоністка, працівник ресепшн | موظف استقبال, موظفة استقبال
hotelreceptionist, receptionist | hotel receptionist | адміністратор готелю | موظف استقبال فندق
hotel, hotelmedarbejder | hotel worker | готель, працівник готелю | فندق, عامل فندق
restaurant, restaurantmedarbejder | restaurant worker | ресторан, працівник ресторану | مطعم, عامل مطعم
kantine, kantinemedarbejder | canteen, canteen worker, cafeteria worker | їдальня, працівник їдальні | مقصف, كافتيريا, عامل مقصف
restaurantchef | restaurant manager | менеджер ресторану, керівник ресторану | مدير مطعم, مديرة مطعم
bager | baker, bakers | пекар, пекарка, пекарі | خباز, خبازة, خبازين, فران
bageri, bager | bakery | пекарня | مخبز, فرن
konditor | pastry chef, confectioner, pastry cook | кондитер, кондитерка, кондитери | حلواني, صانع حلويات, صانعة حلويات
slagter | butcher | м'ясник, мясник, м'ясники, обвалювальник | جزار, جزارين, قصاب
slagteriarbejder, slagteri | slaughterhouse worker, abattoir worker, meat processing worker, meat factory worker | робітник бойні, робітник м'ясокомбінату, працівник м'ясокомбінату | عامل مسلخ, عامل مصنع لحوم
pizzabager | pizza maker, pizza chef | піцайоло, піцмейкер | صانع بيتزا, معلم بيتزا
fiskeindustriarbejder | fish factory worker, fish processing worker | робітник рибного заводу | عامل مصنع أسماك
fødevareindustri, produktionsmedarbejder | food factory worker, food production worker | працівник харчового виробництва | عامل مصنع أغذية
# Warehouse, factory, production
lagermedarbejder, lagerarbejder, lagerassistent | warehouse worker, warehouse operative, warehouse assistant, stock worker, storekeeper, stock clerk | працівник складу, складський працівник, працівниця складу, комірник, комірниця | عامل مستودع, عاملة مستودع, عامل مخزن, أمين مخزن, أمين مستودع
lager, lagermedarbejder | warehouse, stockroom | склад | مستودع, مخزن
plukker, lagermedarbejder | order picker, picker, pick and pack | комплектувальник, комплектувальниця, комплектувальники | عامل تجهيز طلبات
pakkeriarbejder, pakker | packer, packing worker, packaging worker | пакувальник, пакувальниця, пакувальники, пакувальниці | عامل تعبئة, عاملة تعبئة, عامل تغليف, عاملة تغليف
truckfører | forklift driver, forklift operator, reach truck driver | водій навантажувача, водій автонавантажувача, водій погрузчика, водій електронавантажувача | سائق رافعة شوكية, سائق فوركلفت, مشغل رافعة شوكية
produktionsmedarbejder, produktionsarbejder, fabriksarbejder | production worker, factory worker, production operative, assembly line worker, line worker, manufacturing worker | робітник на виробництві, працівник виробництва, працівниця виробництва, робітник заводу, робітниця заводу, робітник фабрики, заводський робітник | عامل إنتاج, عاملة إنتاج, عامل مصنع, عاملة مصنع, عمال مصنع, عامل خط إنتاج
fabrik, produktionsmedarbejder | factory, plant worker | завод, фабрика | مصنع
maskinoperatør | machine operator, cnc operator | оператор верстата, оператор верстатів, оператор обладнання, верстатник | مشغل آلات, مشغل ماكينة, مشغل مكائن
procesoperatør | process operator, process technician | оператор виробничої лінії, апаратник | مشغل عمليات, فني عمليات
montør | assembler, fitter, installer | монтажник, монтажниця, складальник, складальниця | مركب, عامل تركيب, فني تركيب
flyttemand | mover, removal man, removals worker | вантажник, вантажники, вантажник меблів | عامل نقل أثاث, عامل تحميل, حمال, عتال
svejser | welder | зварювальник, зварник, зварювальники | لحام, عامل لحام
smed, klejnsmed | smith, blacksmith, metalworker, metal worker | коваль, слюсар, слюсарі, металіст | حداد, حدادين
låsesmed | locksmith | слюсар по замках, майстер з замків | مصلح أقفال
industrimekaniker | industrial mechanic, maintenance mechanic, maintenance technician | механік з ремонту обладнання, промисловий механік, слюсар-ремонтник | ميكانيكي صناعي, فني صيانة
mekaniker, automekaniker | mechanic, car mechanic, auto mechanic, motor mechanic | механік, механіки, автомеханік, автомеханіки, автослюсар | ميكانيكي, ميكانيكي سيارات, ميكانيك, فني سيارات
autolakerer | car painter, spray painter | автомаляр, маляр авто | دهان سيارات
dækmontør | tyre fitter, tire technician, tyre technician | шиномонтажник | فني إطارات, بنشرجي
cykelmekaniker | bike mechanic, bicycle mechanic | веломеханік | مصلح دراجات
# Construction and trades
elektriker | electrician | електрик, електрики, електромонтер, електромонтажник | كهربائي, كهربجي, فني كهرباء, كهربائيين
vvs-montør, vvs'er, blikkenslager | plumber, pipe fitter | сантехнік, сантехніки | سباك, سباكين, سمكري, فني سباكة
tømrer, snedker | carpenter | тесляр, теслярі, плотник | نجار, نجارين
snedker | joiner, cabinet maker, woodworker | столяр, столярі | نجار أثاث, نجار موبيليا
murer | bricklayer, mason, stonemason | муляр, мулярі, каменяр | بناء, بنائين
maler | painter, decorator, house painter, painter and decorator | маляр, малярка, маляри, маляр-штукатур | دهان, دهانين, نقاش
tagdækker | roofer | покрівельник, покрівельники | عامل أسقف, فني أسقف
stilladsarbejder | scaffolder | монтажник риштувань | عامل سقالات
bygningsarbejder, byggeri | construction worker, building worker, builder, construction labourer, labourer | будівельник, будівельники, робітник на будівництві, різноробочий, різноробочі | عامل بناء, عمال بناء, عامل إنشاءات, عامل ورشة
byggeri, bygningsarbejder | construction, building site | будівництво, будова | بناء وتشييد, إنشاءات, ورشة بناء
betonarbejder | concrete worker | бетонник, бетоняр | عامل خرسانة, عامل باطون
anlægsgartner | landscaper, landscape gardener | садівник-ландшафтник, ландшафтний садівник | منسق حدائق, عامل تنسيق حدائق
entreprenørmaskinfører | excavator operator, digger driver, heavy equipment operator, plant operator | машиніст екскаватора, екскаваторник | سائق حفارة, مشغل معدات ثقيلة, سائق جرافة
kranfører | crane operator, crane driver | кранівник, машиніст крана | مشغل رافعة, سائق ونش, سائق كرين
glarmester | glazier | скляр | زجاج, عامل زجاج
gulvlægger | floor layer, floorer, flooring installer | паркетник, укладальник підлоги | مركب أرضيات
flisemurer, flisemontør | tiler, tile setter | плиточник, плиточниця, лицювальник | مبلط, بلاط, عامل بلاط
isolatør | insulation worker, insulator | ізолювальник, утеплювач | عامل عزل
vejarbejder, anlægsarbejder | road worker, civil works labourer | дорожній робітник, дорожник | عامل طرق
brolægger | paver, paviour | укладальник бруківки, бруківник | مبلط طرق
byggeleder | site manager, construction manager | виконроб, прораб, начальник дільниці | مدير موقع, مهندس موقع
bygningskonstruktør | architectural technologist, construction technician | будівельний технік, технік-будівельник | فني إنشاءات, فني معماري
arkitekt | architect | архітектор, архітекторка, архітектори | مهندس معماري, مهندسة معمارية
ingeniør | engineer | інженер, інженерка, інженери | مهندس, مهندسة, مهندسين
maskiningeniør | mechanical engineer | інженер-механік | مهندس ميكانيكي, مهندس ميكانيك
elektroingeniør | electrical engineer | інженер-електрик | مهندس كهرباء, مهندس كهربائي
bygningsingeniør | civil engineer, structural engineer | інженер-будівельник | مهندس مدني, مهندس إنشائي
landinspektør | surveyor, land surveyor | геодезист | مساح, مهندس مساحة
tekniker | technician | технік, техніки | فني, فنيين, تقني
# Transport
buschauffør | bus driver, coach driver | водій автобуса, водії автобусів, водійка автобуса | سائق حافلة, سائق باص, سائق أتوبيس, سائقة حافلة, سائق حافلات
lastbilchauffør | truck driver, lorry driver, hgv driver, trucker | водій вантажівки, водії вантажівок, водій фури, далекобійник, далекобійники | سائق شاحنة, سائق شاحنات, سائق تريلا, سائق نقل ثقيل
taxichauffør | taxi driver, cab driver | таксист, таксисти, водій таксі | سائق تاكسي, سائق سيارة أجرة
chauffør, lastbilchauffør, buschauffør, taxichauffør | chauffeur | водій, водійка, водії, шофер | سائق, سائقة, سائقين, سواق
budchauffør, bud, varebilschauffør | delivery driver, van driver, courier, delivery rider, food delivery, messenger | кур'єр, кур'єри, водій доставки, доставка їжі | مندوب توصيل, سائق توصيل, عامل توصيل, ساعي
postbud, omdeler | postman, postwoman, mail carrier, postal worker, mailman | листоноша, листоноші, поштар, поштарка | ساعي بريد, موزع بريد, موظف بريد
omdeler | leaflet distributor, newspaper carrier, newspaper delivery, paper boy | розповсюджувач, рознощик газет, розносник газет | موزع صحف, موزع منشورات
lokomotivfører | train driver, engine driver | машиніст потяга, машиніст поїзда, машиніст | سائق قطار
togpersonale, togfører | train conductor, conductor | провідник, провідниця, кондуктор | محصل قطار
pilot | | пілот, льотчик, льотчики | طيار, طيارة, طيارين
kabinepersonale, stewardesse | flight attendant, cabin crew, steward, stewardess | бортпровідник, бортпровідниця, стюардеса | مضيف طيران, مضيفة طيران, مضيفة جوية
sømand, matros | sailor, seaman, deckhand, seafarer | матрос, моряк, моряки | بحار, بحارة
disponent, transportdisponent | dispatcher, transport planner, traffic planner | диспетчер, диспетчерка | منسق نقل, مخطط نقل
logistikmedarbejder, logistik | logistics, logistics worker, logistics coordinator | логіст, логістка, логістика | لوجستيات, منسق لوجستي, موظف لوجستيات
lufthavnsmedarbejder, bagagemedarbejder | airport worker, baggage handler, ramp agent | працівник аеропорту, вантажник багажу | عامل مطار, عامل أمتعة
havnearbejder | dock worker, docker, port worker, longshoreman | докер, портовий робітник | عامل ميناء, عامل رصيف
kørelærer | driving instructor | інструктор з водіння, автоінструктор | مدرب قيادة, معلم قيادة, معلم سواقة
parkeringsvagt | parking attendant, traffic warden | паркувальник, інспектор паркування | مراقب مواقف
# Shop and sales
butiksassistent, butiksmedarbejder, ekspedient | shop assistant, sales assistant, retail worker, store clerk, shop worker, retail assistant, store associate | продавець, продавчиня, продавці, продавчині, продавець-консультант, продавчиня-консультантка | بائع, بائعة, بائعين, موظف مبيعات, موظفة مبيعات, عامل محل
kassemedarbejder, kasseassistent | cashier, checkout operator, checkout assistant, till operator | касир, касирка, касири, касирки | كاشير, أمين صندوق, أمينة صندوق
butik, butiksmedarbejder | shop, store, retail | магазин, крамниця | محل, متجر, دكان
supermarked, butiksmedarbejder | supermarket, grocery store | супермаркет | سوبر ماركت, سوبرماركت
butikschef | store manager, shop manager | керівник магазину, директор магазину, завідувач магазину | مدير متجر, مدير محل
salgskonsulent, sælger | salesperson, sales representative, sales consultant, salesman, saleswoman, sales rep | менеджер з продажу, торговий представник, торгова представниця | مندوب مبيعات, مندوبة مبيعات, مسؤول مبيعات
salg, sælger | sales | продажі, продажа | مبيعات
kundeservicemedarbejder | customer service, customer service agent, customer service advisor, call centre agent, call center agent, customer support | оператор колл-центру, оператор кол-центру, менеджер з обслуговування клієнтів, оператор підтримки | خدمة عملاء, موظف خدمة عملاء, موظفة خدمة عملاء, موظف كول سنتر
telefonsælger, kundeservicemedarbejder | telemarketer, telesales | телемаркетолог, оператор телемаркетингу | مسوق هاتفي
tankpasser, servicemedarbejder | petrol station attendant, gas station attendant | заправник, оператор АЗС | عامل محطة وقود, عامل بنزينة
# Office, finance, law
kontorassistent, kontormedarbejder, administrativ medarbejder | office assistant, office worker, clerk, administrative assistant, office clerk, admin assistant | офісний працівник, офіс-менеджер, діловод, адміністративний працівник | موظف مكتب, موظفة مكتب, موظف إداري, موظفة إدارية, مساعد إداري, مساعدة إدارية
kontor, kontorassistent | office | офіс, контора | مكتب
sekretær | secretary, personal assistant | секретар, секретарка, секретарі | سكرتير, سكرتيرة, سكرتيرات
receptionist, sekretær | | ресепшн, рецепція | استقبال
bogholder, regnskabsmedarbejder | bookkeeper, accountant, accounts assistant, accounting clerk | бухгалтер, бухгалтерка, бухгалтери | محاسب, محاسبة, محاسبين, ماسك دفاتر
revisor | auditor, chartered accountant | аудитор, аудиторка | مدقق حسابات, مراجع حسابات
lønmedarbejder, lønbogholder | payroll administrator, payroll clerk, payroll | спеціаліст з розрахунку зарплати | موظف رواتب, محاسب رواتب
fuldmægtig | administrative officer, executive officer, civil servant, caseworker officer | держслужбовець, державний службовець | موظف حكومي, موظفة حكومية
jurist, advokat | lawyer, solicitor, attorney, legal adviser | юрист, юристка, юристи, адвокат, адвокатка | محامي, محامية, محام, قانوني, مستشار قانوني
advokatsekretær | legal secretary, paralegal | помічник юриста, помічниця юриста | سكرتيرة قانونية, مساعد قانوني
økonom | economist | економіст, економістка | اقتصادي, خبير اقتصادي
økonomichef | finance manager, cfo, financial controller | фінансовий директор | مدير مالي
controller | financial analyst | фінансовий аналітик | محلل مالي
projektleder | project manager, project leader | менеджер проєкту, менеджер проекту, керівник проєкту, керівник проекту, проєктний менеджер | مدير مشروع, مدير مشاريع, مديرة مشروع
leder, chef | manager, team leader, supervisor, boss | керівник, керівниця, начальник, менеджер | مدير, مديرة, مشرف, مشرفة, رئيس قسم
direktør | director, ceo, managing director | директор, директорка, генеральний директор | رئيس تنفيذي, مدير عام
produktionschef | production manager, plant manager | начальник виробництва | مدير إنتاج
marketingmedarbejder, marketingkoordinator | marketing assistant, marketer, marketing coordinator | маркетолог, маркетологиня, маркетинг | مسوق, مسوقة, موظف تسويق, أخصائي تسويق, تسويق
pengeinstitutmedarbejder, bankrådgiver | bank clerk, bank teller, bank advisor, bank adviser, banker, bank worker | банківський працівник, працівник банку, касир банку, банкір | موظف بنك, موظفة بنك, مصرفي, موظف مصرف
bank, pengeinstitutmedarbejder | | банк | بنك, مصرف
hr-medarbejder, hr-konsulent | human resources, hr assistant, hr officer, recruiter | менеджер з персоналу, hr-менеджер, рекрутер, рекрутерка, кадровик | موارد بشرية, موظف موارد بشرية, أخصائي توظيف
ejendomsmægler | real estate agent, estate agent, realtor | ріелтор, рієлтор, ріелторка | وسيط عقاري, سمسار عقارات, سمسار
forsikringsrådgiver | insurance adviser, insurance agent, insurance advisor | страховий агент | وكيل تأمين, مستشار تأمين
journalist | reporter | журналіст, журналістка, журналісти | صحفي, صحفية, صحافي
grafiker, grafisk designer | graphic designer | графічний дизайнер, графічна дизайнерка | مصمم جرافيك, مصممة جرافيك
fotograf | photographer | фотограф, фотографиня | مصور, مصورة, مصور فوتوغرافي
# IT
softwareudvikler, systemudvikler, programmør | software developer, programmer, developer, software engineer, coder, computer programmer | програміст, програмістка, програмісти, розробник, розробниця, розробники, розробник програмного забезпечення | مبرمج, مبرمجة, مبرمجين, مطور برمجيات, مطور, مطورة
webudvikler, softwareudvikler | web developer, frontend developer, backend developer, full stack developer | веб-розробник, фронтенд-розробник, бекенд-розробник | مطور ويب, مطور مواقع, مبرمج مواقع
it-supporter, it-medarbejder | helpdesk, help desk, it technician, support technician, computer technician, it worker | технічна підтримка, айтішник, айтішниця, ІТ-фахівець, фахівець з ІТ | دعم فني, فني دعم, فني تقنية معلومات, فني حاسوب, فني كمبيوتر
it-medarbejder, it-supporter, softwareudvikler | information technology | ІТ, айті, інформаційні технології | تكنولوجيا المعلومات, تقنية المعلومات, معلوماتية
systemadministrator, it-medarbejder | system administrator, sysadmin, network administrator | системний адміністратор, системна адміністраторка, сисадмін | مدير أنظمة, مسؤول شبكات, مدير شبكات
softwaretester, tester | software tester, test engineer, qa engineer | тестувальник, тестувальниця, тестувальники | مختبر برمجيات, مهندس اختبار
dataanalytiker | data analyst, data scientist | аналітик даних, аналітикиня даних | محلل بيانات, محللة بيانات
webdesigner | web designer, ux designer, ui designer | веб-дизайнер, веб-дизайнерка | مصمم مواقع, مصمم ويب
# Agriculture, forestry, fishing
landbrugsmedhjælper, landbrugsarbejder | farm worker, farmhand, farm hand, agricultural worker, farm labourer, farm assistant | працівник ферми, робітник на фермі, сільськогосподарський працівник, працівниця ферми, працівник сільського господарства | عامل زراعي, عامل مزرعة, عاملة مزرعة, عمال زراعة
landmand | farmer | фермер, фермерка, фермери | مزارع, فلاح, مزارعين
landbrug, landbrugsmedhjælper | farm, agriculture | ферма, сільське господарство | مزرعة, زراعة
fodermester, staldmedarbejder | stockman, livestock worker, pig farm worker, cattle worker, animal caretaker, herdsman | тваринник, доглядач худоби, свинар, свинарка, свинарі | عامل مواشي, مربي مواشي, راعي, عامل حظيرة
malkemedarbejder, fodermester | milker, dairy worker, milking | доярка, дояр | حلاب, عامل حلب
gartnerimedhjælper | greenhouse worker, horticultural worker, nursery worker | працівник теплиці, працівниця теплиці, тепличник, тепличниця | عامل مشتل, عامل بيوت بلاستيكية, عامل دفيئة
gartner | gardener | садівник, садівниця, садівники, городник | بستاني, بستنجي, جنايني, عامل حديقة
plukker, sæsonarbejder | fruit picker, berry picker, seasonal worker, harvest worker | збирач ягід, збирачка ягід, сезонний працівник, сезонна робота, сезонний робітник | جامع فواكه, عامل موسمي, قطاف, عامل حصاد
skovarbejder | forestry worker, lumberjack, forest worker | лісоруб, лісник, лісоруби | حطاب, عامل غابات
fisker | fisherman, fisher | рибалка, рибак, рибалки | صياد سمك, صياد, صيادين
dyrepasser | animal keeper, zookeeper | доглядач тварин, доглядачка тварин | مربي حيوانات, عامل رعاية حيوانات
hestepasser, staldmedarbejder | groom, stable hand | конюх | سائس خيل
# Services, security, personal
frisør | hairdresser, barber, hair stylist, hairstylist | перукар, перукарка, перукарі, барбер, стиліст | حلاق, حلاقين, كوافير, كوافيرة, مصففة شعر, مصفف شعر
kosmetiker, kosmetolog | beautician, cosmetologist, beauty therapist | косметолог, косметологиня, косметологи | خبيرة تجميل, أخصائية تجميل, أخصائي تجميل
negletekniker | nail technician, manicurist | манікюрниця, майстер манікюру, майстриня манікюру | أخصائية أظافر, فنية أظافر
skrædder, syerske | tailor, seamstress, sewing machinist | кравець, кравчиня, швачка, швачки, швея | خياط, خياطة, خياطين
skomager | shoemaker, cobbler | швець, шевець | إسكافي, مصلح أحذية
vagt, sikkerhedsvagt | security guard, guard, security officer, security | охоронець, охоронці, охоронниця, охорона | حارس, حارس أمن, حراس, رجل أمن, أمن
brandmand | firefighter, fireman, firemen | пожежник, пожежники, рятувальник | رجل إطفاء, إطفائي, رجال إطفاء
politibetjent, politi | police officer, policeman, policewoman, police | поліцейський, поліцейська, поліціянт, поліція | شرطي, شرطية, شرطة
soldat, konstabel | soldier | військовий, солдат, військовослужбовець | جندي, عسكري
fængselsbetjent | prison officer, prison guard | наглядач в'язниці, тюремний наглядач | سجان, حارس سجن
personlig træner, fitnessinstruktør | personal trainer, fitness instructor, gym instructor | фітнес-тренер, фітнес тренер, персональний тренер | مدرب شخصي, مدرب رياضي, مدرب لياقة
træner | coach, sports coach | тренер, тренерка | مدرب, مدربة
musiker | musician | музикант, музикантка | موسيقي, موسيقية
skuespiller | actor, actress | актор, акторка, актриса | ممثل, ممثلة
præst | priest, pastor, vicar | священник, священниця | كاهن, قسيس
frivillig | volunteer | волонтер, волонтерка, волонтери | متطوع, متطوعة, متطوعين
praktikant | internship, trainee | стажер, стажерка, практикант, практикантка, стажування | متدرب, متدربة, تدريب عملي
elev, lærling | apprentice, apprenticeship | учень, учениця | صبي مهنة, تلمذة مهنية
studentermedhjælper, studiejob | student job, student assistant, student worker | студентська робота, робота для студентів | وظيفة طلابية, عمل طلابي
vikar | temp, temporary worker, temp worker, temporary job | тимчасовий працівник, тимчасова робота | موظف مؤقت, عامل مؤقت, عمل مؤقت
rejsekonsulent, rejsebureau | travel agent | турагент, туроператор | وكيل سفر, موظف سياحة
turistguide, guide | tour guide | гід, екскурсовод | مرشد سياحي, دليل سياحي
# More health, trades, services
praktiserende læge, læge | general practitioner, gp, family doctor | сімейний лікар, сімейна лікарка, терапевт | طبيب عام, طبيب أسرة, طبيبة أسرة
kirurg | surgeon | хірург, хірургиня | جراح, جراحة
anæstesilæge | anaesthetist, anesthesiologist | анестезіолог | طبيب تخدير
børnelæge | paediatrician, pediatrician | педіатр | طبيب أطفال, طبيبة أطفال
psykoterapeut | psychotherapist | психотерапевт, психотерапевтка |
talepædagog, logopæd | speech therapist | логопед, логопединя | أخصائي نطق, معالج نطق, أخصائية نطق
apotek | pharmacy, chemist's | аптека | صيدلية
laboratorium, laborant | laboratory, lab | лабораторія | مختبر
kemiker | chemist | хімік | كيميائي
biolog | biologist | біолог | عالم أحياء
forsker | researcher, research scientist | науковець, дослідник, дослідниця | باحث, باحثة
konsulent, rådgiver | consultant | консультант, консультантка | مستشار, مستشارة
rådgiver | adviser, advisor, counsellor, counselor | порадник, радник | ناصح, مرشد
analytiker | analyst | аналітик | محلل
it-sikkerhed, it-sikkerhedsspecialist | cyber security, cybersecurity, security analyst | кібербезпека, фахівець з кібербезпеки | أمن سيبراني, أمن معلومات
lagerchef | warehouse manager | начальник складу, завідувач складу | مدير مستودع, مدير مخزن
værkfører, formand | foreman, forewoman | бригадир, майстер зміни | رئيس عمال, مراقب عمال
kvalitetskontrollant | quality controller, quality inspector, quality control | контролер якості, контролерка якості | مراقب جودة, مراقبة جودة
traktorfører, landbrugsmedhjælper | tractor driver | тракторист, трактористи | سائق جرار, سائق تراكتور
møbelpolstrer | upholsterer | оббивальник меблів | منجد
trykker | printer, print operator | друкар | عامل طباعة, طباع
guldsmed | jeweller, jeweler, goldsmith | ювелір | صائغ, صائغ ذهب
flymekaniker | aircraft mechanic | авіамеханік | ميكانيكي طائرات
elektronikfagtekniker | electronics technician | технік-електронник, радіомеханік | فني إلكترونيات
kølemontør | refrigeration technician, air conditioning technician | холодильник-монтажник, монтажник кондиціонерів | فني تبريد, فني تكييف
ventilationsmontør | ventilation fitter, hvac technician | монтажник вентиляції | فني تهوية
stukkatør | plasterer | штукатур, штукатури | عامل لياسة, مليس, قصير
nedriver | demolition worker | демонтажник | عامل هدم
asfaltarbejder | asphalt worker | асфальтник, асфальтувальник | عامل أسفلت, عامل زفت
bilvasker | car washer, car wash worker | мийник автомобілів, автомийник | عامل غسيل سيارات, غسال سيارات
skorstensfejer | chimney sweep | сажотрус, трубочист | منظف مداخن
blomsterdekoratør | florist | флорист, флористка | منسق زهور, بائع زهور
bagerekspedient, bagerbutik | bakery assistant, bakery shop assistant | продавець у пекарні, продавчиня у пекарні | بائع مخبز, بائعة مخبز
fiskehandler | fishmonger | продавець риби | بائع سمك, سماك
catering, cateringmedarbejder | caterer | кейтеринг | تموين, خدمات طعام
vaskeriarbejder, vaskeri | laundry worker, laundry | працівник пральні, праля, пральня | عامل مغسلة, مغسلة, عامل غسيل ملابس
musiklærer | music teacher | вчитель музики, вчителька музики | معلم موسيقى, مدرس موسيقى
svømmelærer | swimming instructor, swimming teacher | інструктор з плавання | مدرب سباحة
`;

const LANGS = ['en', 'uk', 'ar'] as const;

function parseTable(table: string): VocabularyEntry[] {
	const list = (cell: string | undefined) =>
		(cell ?? '')
			.split(',')
			.map((term) => term.trim().toLowerCase())
			.filter((term) => term !== '');
	return table
		.split('\n')
		.filter((line) => line.trim() !== '' && !line.startsWith('#'))
		.flatMap((line) => {
			const [danishCell, ...cells] = line.split('|');
			const danish = list(danishCell);
			return LANGS.flatMap((lang, i) =>
				list(cells[i]).map((term) => ({ term, lang, danish, source: 'dictionary' as const }))
			);
		});
}

let parsed: readonly VocabularyEntry[] | null = null;

/**
 * The occupation words of the three languages, as vocabulary rows: parsed when first asked for.
 * /job loads this module in idle time so that the service worker keeps it for an offline search,
 * and parsing it then, unasked, was a 66 ms task on a phone-speed CPU (4x throttle).
 */
export function occupationVocabulary(): readonly VocabularyEntry[] {
	return (parsed ??= parseTable(TABLE));
}
