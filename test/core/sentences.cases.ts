// Sentence-splitting cases: input -> the sentences a reader sees. Sources: the two samples (000's
// Vietnamese and English sides, 003's word-segmented one-line article) and texts written for the
// project (Vietnamese and English news style, edge cases). `lang` is what the splitter is told.
export interface SentenceCase {
  name: string;
  lang: string;
  input: string;
  expected: string[];
}

export const SENTENCE_CASES: SentenceCase[] = [
  // ---- 000, Vietnamese side (above the source line)
  {
    name: '000 vi: three plain sentences', lang: 'vi',
    input: 'Hai nhà lãnh đạo đã nhìn vào hoạt động của một sân bay phóng tên lửa. Họ đã thưởng thức các món bánh tiêu cua, cá tuyết và thịt bò entrecôte. Và họ nâng chén của mình trong một bàn họp.',
    expected: ['Hai nhà lãnh đạo đã nhìn vào hoạt động của một sân bay phóng tên lửa.', 'Họ đã thưởng thức các món bánh tiêu cua, cá tuyết và thịt bò entrecôte.', 'Và họ nâng chén của mình trong một bàn họp.'],
  },
  {
    name: '000 vi: initial V. inside a name', lang: 'vi',
    input: 'Hội nghị thượng đỉnh giữa Tổng thống Nga Vladimir V. Putin và lãnh đạo Bắc Triều Tiên Kim Jong-un, diễn ra trong ngày thứ Tư tại Vostochny Cosmodrome ở phía đông Nga.',
    expected: ['Hội nghị thượng đỉnh giữa Tổng thống Nga Vladimir V. Putin và lãnh đạo Bắc Triều Tiên Kim Jong-un, diễn ra trong ngày thứ Tư tại Vostochny Cosmodrome ở phía đông Nga.'],
  },
  {
    name: '000 vi: closing quote after a comma, then a quoted sentence pair', lang: 'vi',
    input: '“Có một số hạn chế, Nga tuân thủ những hạn chế đó,” ông Putin nói. “Nhưng có những điều chúng ta tất nhiên có thể nói với nhau. Chúng tôi đang thảo luận và suy nghĩ về điều đó. Đây cũng có triển vọng.”',
    expected: ['“Có một số hạn chế, Nga tuân thủ những hạn chế đó,” ông Putin nói.', '“Nhưng có những điều chúng ta tất nhiên có thể nói với nhau.', 'Chúng tôi đang thảo luận và suy nghĩ về điều đó.', 'Đây cũng có triển vọng.”'],
  },
  {
    name: '000 vi: initial A. after a quote, closing quote kept', lang: 'vi',
    input: '“Đây đã từng là một mối quan hệ có tính kẻ tinh phi mua bán trong quá khứ,” Scott A. Snyder, đồng chủ nhiệm nghiên cứu Triều Tiên tại Hội đồng Ngoại giao Hoa Kỳ nói. “Hai yếu tố của mối quan hệ này có vẻ khá tương đồng tại thời điểm này hơn bao giờ hết.”',
    expected: ['“Đây đã từng là một mối quan hệ có tính kẻ tinh phi mua bán trong quá khứ,” Scott A. Snyder, đồng chủ nhiệm nghiên cứu Triều Tiên tại Hội đồng Ngoại giao Hoa Kỳ nói.', '“Hai yếu tố của mối quan hệ này có vẻ khá tương đồng tại thời điểm này hơn bao giờ hết.”'],
  },
  {
    name: '000 vi: truncated last sentence is still a sentence', lang: 'vi',
    input: 'Ông Kim đến Nga vào thứ Ba từ Bắc Triều Tiên, sau khi đi du lịch đến cuộc họp trên tàu chống đạn của mình. Tháng trước, một tàu vũ trụ robot của Nga phóng từ cơ sở này tình cờ rơi vào mặt trăng khi',
    expected: ['Ông Kim đến Nga vào thứ Ba từ Bắc Triều Tiên, sau khi đi du lịch đến cuộc họp trên tàu chống đạn của mình.', 'Tháng trước, một tàu vũ trụ robot của Nga phóng từ cơ sở này tình cờ rơi vào mặt trăng khi'],
  },
  {
    name: '000 vi: title line without a stop', lang: 'vi',
    input: 'Putin và Kim cùng nhau củng cố quan hệ, do xung đột tại Ukraine đẩy mạnh',
    expected: ['Putin và Kim cùng nhau củng cố quan hệ, do xung đột tại Ukraine đẩy mạnh'],
  },
  {
    name: '000 vi: hashtag line', lang: 'vi',
    input: '#Sựkiệnhôm nay #Putin và #Kim tăng cường quan hệ, do Chiến tranh ở Ukraina',
    expected: ['#Sựkiệnhôm nay #Putin và #Kim tăng cường quan hệ, do Chiến tranh ở Ukraina'],
  },
  {
    name: '000 vi: quoted words with a comma inside the quote do not end the sentence', lang: 'vi',
    input: 'Mặc dù Triều Tiên và Trung Quốc đã gọi mối quan hệ của họ là “môi và răng,” ông Kim đã cố gắng giảm ảnh hưởng của Bắc Kinh. Nga, chia sẻ một biên giới nhỏ với Bắc Triều Tiên, là một sự thay thế khả thi.',
    expected: ['Mặc dù Triều Tiên và Trung Quốc đã gọi mối quan hệ của họ là “môi và răng,” ông Kim đã cố gắng giảm ảnh hưởng của Bắc Kinh.', 'Nga, chia sẻ một biên giới nhỏ với Bắc Triều Tiên, là một sự thay thế khả thi.'],
  },
  {
    name: '000 vi: en dash inside a sentence', lang: 'vi',
    input: 'Ở Ukraina, quân đội của ông Putin đang phòng ngự – như ngệu ngẫu của Iran và các độc tài châu Phi – hoặc hỗ trợ Moscow. Cả Nga và Ukraina đang thiếu đạn dược.',
    expected: ['Ở Ukraina, quân đội của ông Putin đang phòng ngự – như ngệu ngẫu của Iran và các độc tài châu Phi – hoặc hỗ trợ Moscow.', 'Cả Nga và Ukraina đang thiếu đạn dược.'],
  },
  {
    name: '000 vi: a typo KIm before the stop', lang: 'vi',
    input: 'Nga đã tự xem mình là một đối tác để ngăn chặn những tham vọng hạt nhân của ông KIm. Nhưng tư thế đó đã mất vào ngày thứ Tư.',
    expected: ['Nga đã tự xem mình là một đối tác để ngăn chặn những tham vọng hạt nhân của ông KIm.', 'Nhưng tư thế đó đã mất vào ngày thứ Tư.'],
  },

  // ---- 000, English side (below the source line)
  {
    name: '000 en: three sentences, curly quotes mid-sentence', lang: 'en',
    input: 'They gazed into the workings of a rocket launchpad. They tucked into crab dumplings, sturgeon and entrecôte. And they lifted their glasses, toasting the Kremlin’s “sacred struggle” against a “band of evil,” otherwise known as the West.',
    expected: ['They gazed into the workings of a rocket launchpad.', 'They tucked into crab dumplings, sturgeon and entrecôte.', 'And they lifted their glasses, toasting the Kremlin’s “sacred struggle” against a “band of evil,” otherwise known as the West.'],
  },
  {
    name: '000 en: Mr. does not end a sentence', lang: 'en',
    input: 'But Mr. Putin was sounding optimistic in comments to state news media. He touted cooperation on highways, railways, port infrastructure and agricultural initiatives — and professed that even military cooperation was possible.',
    expected: ['But Mr. Putin was sounding optimistic in comments to state news media.', 'He touted cooperation on highways, railways, port infrastructure and agricultural initiatives — and professed that even military cooperation was possible.'],
  },
  {
    name: '000 en: quote closing after said-clause and quoted multi-sentence speech', lang: 'en',
    input: '“There are certain restrictions, Russia abides by those restrictions,” Mr. Putin said. “But there are things we of course can talk about. We are discussing and thinking about it. There is also promise here.”',
    expected: ['“There are certain restrictions, Russia abides by those restrictions,” Mr. Putin said.', '“But there are things we of course can talk about.', 'We are discussing and thinking about it.', 'There is also promise here.”'],
  },
  {
    name: '000 en: Scott A. Snyder', lang: 'en',
    input: '“This has historically been a very mercantile, transactional relationship,” said Scott A. Snyder, senior fellow for Korea studies at the Council on Foreign Relations. “Those two components of the relationship seem to be in closer alignment at this moment than they have been for many years.”',
    expected: ['“This has historically been a very mercantile, transactional relationship,” said Scott A. Snyder, senior fellow for Korea studies at the Council on Foreign Relations.', '“Those two components of the relationship seem to be in closer alignment at this moment than they have been for many years.”'],
  },
  {
    name: '000 en: question inside quotes followed by a lower-case word is one sentence', lang: 'en',
    input: '“Are we going to help North Korea launch its satellites and rockets?” one reporter asked.',
    expected: ['“Are we going to help North Korea launch its satellites and rockets?” one reporter asked.'],
  },
  {
    name: '000 en: two quotes in a paragraph', lang: 'en',
    input: '“That’s why we came here,” Mr. Putin replied, referring to the space facility. “We have good expertise, and we will show him our new infrastructure facilities.”',
    expected: ['“That’s why we came here,” Mr. Putin replied, referring to the space facility.', '“We have good expertise, and we will show him our new infrastructure facilities.”'],
  },
  {
    name: '000 en: stop inside the closing quote, then a new sentence', lang: 'en',
    input: 'The most notable public remarks came during the six-course lunch. Mr. Putin rose with a glass of red wine to toast “the strengthening of friendship and cooperation between our countries.”',
    expected: ['The most notable public remarks came during the six-course lunch.', 'Mr. Putin rose with a glass of red wine to toast “the strengthening of friendship and cooperation between our countries.”'],
  },
  {
    name: '000 en: doubled closing apostrophes after the stop', lang: 'en',
    input: 'Mr. Kim, in his own toast, announced he had come to a consensus with Mr. Putin on “further strengthening strategic and tactical cooperation.” He had earlier praised Russia’s war effort, calling it “just.’’',
    expected: ['Mr. Kim, in his own toast, announced he had come to a consensus with Mr. Putin on “further strengthening strategic and tactical cooperation.”', 'He had earlier praised Russia’s war effort, calling it “just.’’'],
  },
  {
    name: '000 en: Sergei K. Shoigu', lang: 'en',
    input: 'Despite international sanctions and domestic economic hardship, North Korea operates one of the world’s largest standing armies and a vigorous defense industry. In July, Russia’s defense minister, Sergei K. Shoigu, visited Pyongyang, the North Korean capital, to mark the anniversary of the armistice that ended the Korean War.',
    expected: ['Despite international sanctions and domestic economic hardship, North Korea operates one of the world’s largest standing armies and a vigorous defense industry.', 'In July, Russia’s defense minister, Sergei K. Shoigu, visited Pyongyang, the North Korean capital, to mark the anniversary of the armistice that ended the Korean War.'],
  },
  {
    name: '000 en: U.S. at the start of a paragraph', lang: 'en',
    input: 'U.S. officials have repeatedly warned that North Korea was shipping artillery shells and rockets for Russian use in Ukraine. They fear that Mr. Kim’s meeting with Mr. Putin will result in additional arms deals.',
    expected: ['U.S. officials have repeatedly warned that North Korea was shipping artillery shells and rockets for Russian use in Ukraine.', 'They fear that Mr. Kim’s meeting with Mr. Putin will result in additional arms deals.'],
  },
  {
    name: '000 en: a U.N. sanctions committee', lang: 'en',
    input: 'North Korea faces critical technical hurdles — all areas where it could benefit immensely from Russian technology. Last year, a U.N. sanctions committee reported that a North Korean diplomat in Russia had tried to acquire banned materials for the North’s ICBM program.',
    expected: ['North Korea faces critical technical hurdles — all areas where it could benefit immensely from Russian technology.', 'Last year, a U.N. sanctions committee reported that a North Korean diplomat in Russia had tried to acquire banned materials for the North’s ICBM program.'],
  },
  {
    name: '000 en: quoted phrase ending the paragraph', lang: 'en',
    input: 'On Thursday, North Korean state media said the two leaders had “reached a satisfactory agreement and consensus of views,” without providing specifics. It said Mr. Putin had accepted Mr. Kim’s invitation to visit North Korea “at a convenient time.”',
    expected: ['On Thursday, North Korean state media said the two leaders had “reached a satisfactory agreement and consensus of views,” without providing specifics.', 'It said Mr. Putin had accepted Mr. Kim’s invitation to visit North Korea “at a convenient time.”'],
  },
  {
    name: '000 en: web boilerplate with a trailing asterisk', lang: 'en',
    input: 'Your email address will not be published. Required fields are marked *',
    expected: ['Your email address will not be published.', 'Required fields are marked *'],
  },
  {
    name: '000 en: byline', lang: 'en',
    input: 'Alina Lobzina and Valeriya Safronova contributed reporting.',
    expected: ['Alina Lobzina and Valeriya Safronova contributed reporting.'],
  },
  {
    name: '000 en: tête-à-tête and Komsomolsk-on-Amur are words', lang: 'en',
    input: 'The two leaders met in a group with their respective ministers, and afterward convened a tête-à-tête, ultimately talking for roughly two hours. Mr. Kim went on to Komsomolsk-on-Amur.',
    expected: ['The two leaders met in a group with their respective ministers, and afterward convened a tête-à-tête, ultimately talking for roughly two hours.', 'Mr. Kim went on to Komsomolsk-on-Amur.'],
  },

  // ---- 003, word-segmented Vietnamese, spaced punctuation
  {
    name: '003: spaced stop followed by a capital ends the sentence (Nga . Ông)', lang: 'vi',
    input: 'Ông Kim_Jong-un sẽ gặp Tổng_thống Putin trong chuyến công_du đầu_tiên tới Nga sau 4 năm , dường_như nhằm củng_cố mặt_trận đối_phó sức_ép từ phương Tây . Lãnh_đạo Triều_Tiên_Kim_Jong-un ngày 10/9 lên tàu tới thăm Nga theo lời mời của Tổng_thống Vladimir_Putin , sau nhiều đồn_đoán về một cuộc gặp thượng_đỉnh Nga - Triều .',
    expected: ['Ông Kim_Jong-un sẽ gặp Tổng_thống Putin trong chuyến công_du đầu_tiên tới Nga sau 4 năm , dường_như nhằm củng_cố mặt_trận đối_phó sức_ép từ phương Tây .', 'Lãnh_đạo Triều_Tiên_Kim_Jong-un ngày 10/9 lên tàu tới thăm Nga theo lời mời của Tổng_thống Vladimir_Putin , sau nhiều đồn_đoán về một cuộc gặp thượng_đỉnh Nga - Triều .'],
  },
  {
    name: '003: the title runs into the first sentence (split before Ông)', lang: 'vi',
    input: 'Động_lực thúc_đẩy Nga - Triều_xích lại gần nhau Ông Kim_Jong-un sẽ gặp Tổng_thống Putin trong chuyến công_du đầu_tiên tới Nga sau 4 năm , dường_như nhằm củng_cố mặt_trận đối_phó sức_ép từ phương Tây .',
    expected: ['Động_lực thúc_đẩy Nga - Triều_xích lại gần nhau', 'Ông Kim_Jong-un sẽ gặp Tổng_thống Putin trong chuyến công_du đầu_tiên tới Nga sau 4 năm , dường_như nhằm củng_cố mặt_trận đối_phó sức_ép từ phương Tây .'],
  },
  {
    name: '003: dates 10/9 and 4/2019', lang: 'vi',
    input: 'Lãnh_đạo Triều_Tiên tại lễ tiễn ở ga đường_sắt Bình_Nhưỡng ngày 10/9 , khi ông chuẩn_bị lên tàu tới Nga . Đây là lần đầu_tiên ông Kim_Jong-un tới Nga kể từ tháng 4/2019 , khi ông đến Vladivostok gặp Tổng_thống Putin .',
    expected: ['Lãnh_đạo Triều_Tiên tại lễ tiễn ở ga đường_sắt Bình_Nhưỡng ngày 10/9 , khi ông chuẩn_bị lên tàu tới Nga .', 'Đây là lần đầu_tiên ông Kim_Jong-un tới Nga kể từ tháng 4/2019 , khi ông đến Vladivostok gặp Tổng_thống Putin .'],
  },
  {
    name: '003: spaced straight quotes inside a sentence', lang: 'vi',
    input: 'Sau cuộc hội_đàm 4 năm trước , ông Putin mô_tả ông Kim_là " người đối_thoại thú_vị " , đồng_thời thông_báo nội_dung thảo_luận cho Trung_Quốc và chính_quyền tổng_thống Mỹ Donald_Trump . Ông Putin lúc đó thể_hiện hình_ảnh của một chính_khách quốc_tế .',
    expected: ['Sau cuộc hội_đàm 4 năm trước , ông Putin mô_tả ông Kim_là " người đối_thoại thú_vị " , đồng_thời thông_báo nội_dung thảo_luận cho Trung_Quốc và chính_quyền tổng_thống Mỹ Donald_Trump .', 'Ông Putin lúc đó thể_hiện hình_ảnh của một chính_khách quốc_tế .'],
  },
  {
    name: '003: a spaced opening quote starts the next sentence; the quote closes with " ,', lang: 'vi',
    input: 'Trong khi đó , Nga đang tìm cách tập_hợp mọi nguồn cung_cấp quân_sự . " Nhu_cầu của phía Nga rất lớn . Nga cần thị_trường mới cho năng_lượng " , Michael_Kimmage , học_giả tại Đại_học Công_giáo_Mỹ , nhận_xét .',
    expected: ['Trong khi đó , Nga đang tìm cách tập_hợp mọi nguồn cung_cấp quân_sự .', '" Nhu_cầu của phía Nga rất lớn .', 'Nga cần thị_trường mới cho năng_lượng " , Michael_Kimmage , học_giả tại Đại_học Công_giáo_Mỹ , nhận_xét .'],
  },
  {
    name: '003: a spaced quote after the spaced stop closes the sentence it follows', lang: 'vi',
    input: '" Đây là hai thứ giúp hệ_thống phóng đầu đạn hạt_nhân có khả_năng sống_sót cao hơn nhiều " , chuyên_gia Victor_Cha từ CSIS đánh_giá . " Đó là mối lo_ngại thực_sự đối_với Mỹ . " Các quan_chức hàng_đầu của chính_quyền Biden đã cảnh_báo .',
    expected: ['" Đây là hai thứ giúp hệ_thống phóng đầu đạn hạt_nhân có khả_năng sống_sót cao hơn nhiều " , chuyên_gia Victor_Cha từ CSIS đánh_giá .', '" Đó là mối lo_ngại thực_sự đối_với Mỹ . "', 'Các quan_chức hàng_đầu của chính_quyền Biden đã cảnh_báo .'],
  },
  {
    name: '003: quote then spaced stop (" .)', lang: 'vi',
    input: '" Đó là mối lo_ngại thực_sự đối_với Mỹ " . Các quan_chức hàng_đầu của chính_quyền Biden đã cảnh_báo rằng Nga và Triều_Tiên có_thể phải hứng_chịu hậu_quả nghiêm_trọng .',
    expected: ['" Đó là mối lo_ngại thực_sự đối_với Mỹ " .', 'Các quan_chức hàng_đầu của chính_quyền Biden đã cảnh_báo rằng Nga và Triều_Tiên có_thể phải hứng_chịu hậu_quả nghiêm_trọng .'],
  },
  {
    name: '003: bracketed ( CSIS ) never ends a sentence', lang: 'vi',
    input: 'Victor_Cha , chuyên_gia về Triều_Tiên tại Trung_tâm Nghiên_cứu Chiến_lược và Quốc_tế ( CSIS ) , nhận_định mối quan_hệ ngày_càng sâu_sắc giữa Triều_Tiên với Nga có_thể thúc_đẩy Bắc_Kinh mở_rộng quan_hệ kinh_tế với Bình_Nhưỡng . Triều_Tiên cũng có_thể muốn học_hỏi công_nghệ vệ_tinh .',
    expected: ['Victor_Cha , chuyên_gia về Triều_Tiên tại Trung_tâm Nghiên_cứu Chiến_lược và Quốc_tế ( CSIS ) , nhận_định mối quan_hệ ngày_càng sâu_sắc giữa Triều_Tiên với Nga có_thể thúc_đẩy Bắc_Kinh mở_rộng quan_hệ kinh_tế với Bình_Nhưỡng .', 'Triều_Tiên cũng có_thể muốn học_hỏi công_nghệ vệ_tinh .'],
  },
  {
    name: '003: the author line in brackets at the end', lang: 'vi',
    input: 'Với cuộc gặp lãnh_đạo Triều_Tiên , " ông ấy đang cho thấy mình cũng có khả_năng khiến phương Tây phải trả_giá bên ngoài châu_Âu " . Vũ_Hoàng ( Theo Foreign_Policy )',
    expected: ['Với cuộc gặp lãnh_đạo Triều_Tiên , " ông ấy đang cho thấy mình cũng có khả_năng khiến phương Tây phải trả_giá bên ngoài châu_Âu " .', 'Vũ_Hoàng ( Theo Foreign_Policy )'],
  },
  {
    name: '003: short sentences with Covid-19 and a comma list', lang: 'vi',
    input: 'Nhưng sau 4 năm , hoàn_cảnh đã thay_đổi . Triều_Tiên đang dần mở_cửa lại sau khoảng ba năm đóng biên_chống Covid-19 và cũng muốn tìm_kiếm những công_nghệ mới nhằm phát_triển chương_trình hạt_nhân , tên_lửa .',
    expected: ['Nhưng sau 4 năm , hoàn_cảnh đã thay_đổi .', 'Triều_Tiên đang dần mở_cửa lại sau khoảng ba năm đóng biên_chống Covid-19 và cũng muốn tìm_kiếm những công_nghệ mới nhằm phát_triển chương_trình hạt_nhân , tên_lửa .'],
  },
  {
    name: '003: 2/2022 then a year-initial sentence', lang: 'vi',
    input: 'Các kênh liên_lạc cấp cao giữa Nga và Mỹ gần như đã chấm_dứt kể từ tháng 2/2022 , thời_điểm chiến_sự Ukraine bắt_đầu . Năm 2019 , ông Kim_thất_vọng trước những cuộc gặp thượng_đỉnh thất_bại với ông Trump .',
    expected: ['Các kênh liên_lạc cấp cao giữa Nga và Mỹ gần như đã chấm_dứt kể từ tháng 2/2022 , thời_điểm chiến_sự Ukraine bắt_đầu .', 'Năm 2019 , ông Kim_thất_vọng trước những cuộc gặp thượng_đỉnh thất_bại với ông Trump .'],
  },
  {
    name: '003: quoted words mid-sentence (" bí_mật đàm_phán ")', lang: 'vi',
    input: 'John_Kirby cuối tháng trước nói rằng Nga đang " bí_mật đàm_phán " nhằm mua đạn_dược . Ông cáo_buộc Triều_Tiên đã cung_cấp tên_lửa .',
    expected: ['John_Kirby cuối tháng trước nói rằng Nga đang " bí_mật đàm_phán " nhằm mua đạn_dược .', 'Ông cáo_buộc Triều_Tiên đã cung_cấp tên_lửa .'],
  },
  {
    name: '003: caption without a stop stays with the next sentence (known limit)', lang: 'vi',
    input: 'Thời_gian gặp giữa ông Kim và ông Putin chưa được công_bố . Ảnh : KCNA Đây là lần đầu_tiên ông Kim_Jong-un tới Nga .',
    expected: ['Thời_gian gặp giữa ông Kim và ông Putin chưa được công_bố .', 'Ảnh : KCNA Đây là lần đầu_tiên ông Kim_Jong-un tới Nga .'],
  },

  // ---- written for the project: English
  { name: 'en: Mrs. and Dr.', lang: 'en', input: 'Mrs. Clinton met Dr. Fauci on Monday. They talked for an hour.', expected: ['Mrs. Clinton met Dr. Fauci on Monday.', 'They talked for an hour.'] },
  { name: 'en: U.S. ends a sentence before The', lang: 'en', input: 'The sanctions were drafted by the U.S. The Kremlin rejected them.', expected: ['The sanctions were drafted by the U.S.', 'The Kremlin rejected them.'] },
  { name: 'en: U.N. before a name does not end it', lang: 'en', input: 'The U.N. Security Council met on Tuesday.', expected: ['The U.N. Security Council met on Tuesday.'] },
  { name: 'en: Sept. 10 and a decimal', lang: 'en', input: 'On Sept. 10 the index rose 3.5 percent to 1.000 points. Analysts were surprised.', expected: ['On Sept. 10 the index rose 3.5 percent to 1.000 points.', 'Analysts were surprised.'] },
  { name: 'en: ellipsis followed by a lower-case word', lang: 'en', input: 'He paused… and then he went on talking about the deal.', expected: ['He paused… and then he went on talking about the deal.'] },
  { name: 'en: ellipsis followed by a capital ends the sentence', lang: 'en', input: 'We waited and waited... Nobody came.', expected: ['We waited and waited...', 'Nobody came.'] },
  { name: 'en: question and exclamation', lang: 'en', input: 'Who is there? Open the door! It is me.', expected: ['Who is there?', 'Open the door!', 'It is me.'] },
  { name: 'en: ellipsis and question inside quotes, then a lower-case word', lang: 'en', input: '“Are we going…?” one reporter asked. Nobody answered.', expected: ['“Are we going…?” one reporter asked.', 'Nobody answered.'] },
  { name: 'en: said.” keeps its quote', lang: 'en', input: 'He said, “We will not go back on this, and that is what I said.” Then he left the room.', expected: ['He said, “We will not go back on this, and that is what I said.”', 'Then he left the room.'] },
  { name: 'en: ?! run', lang: 'en', input: 'You did what?! I cannot believe it.', expected: ['You did what?!', 'I cannot believe it.'] },
  { name: 'en: straight quotes after the stop', lang: 'en', input: '"We will win," he said. "The war is over." Then he left.', expected: ['"We will win," he said.', '"The war is over."', 'Then he left.'] },
  { name: 'en: parenthesised full sentence', lang: 'en', input: 'The plan failed. (Nobody was surprised.) A new one is due in May.', expected: ['The plan failed.', '(Nobody was surprised.)', 'A new one is due in May.'] },
  { name: 'en: stop inside parentheses mid-sentence', lang: 'en', input: 'The company (founded by J. R. Smith et al. in 1990) grew fast. It now has 500 staff.', expected: ['The company (founded by J. R. Smith et al. in 1990) grew fast.', 'It now has 500 staff.'] },
  { name: 'en: e.g. and i.e. followed by lower case', lang: 'en', input: 'Some fruits, e.g. apples, keep well, i.e. for months. Others do not.', expected: ['Some fruits, e.g. apples, keep well, i.e. for months.', 'Others do not.'] },
  { name: 'en: Inc. before a starter word', lang: 'en', input: 'He works for Acme Inc. The firm makes rockets.', expected: ['He works for Acme Inc.', 'The firm makes rockets.'] },
  { name: 'en: a.m. in mid sentence', lang: 'en', input: 'The meeting starts at 9 a.m. sharp and ends at noon. Be on time.', expected: ['The meeting starts at 9 a.m. sharp and ends at noon.', 'Be on time.'] },
  { name: 'en: URL with dots', lang: 'en', input: 'Read it at www.nytimes.com today. It is free.', expected: ['Read it at www.nytimes.com today.', 'It is free.'] },
  { name: 'en: John F. Kennedy and a number start', lang: 'en', input: 'John F. Kennedy was elected in 1960. 1961 brought the Bay of Pigs.', expected: ['John F. Kennedy was elected in 1960.', '1961 brought the Bay of Pigs.'] },
  { name: 'en: St. Petersburg', lang: 'en', input: 'They flew to St. Petersburg on Friday. It rained.', expected: ['They flew to St. Petersburg on Friday.', 'It rained.'] },
  { name: 'en: sentence across a single line break', lang: 'en', input: 'This sentence is wrapped\nat forty columns. And this one\r\nis too.', expected: ['This sentence is wrapped\nat forty columns.', 'And this one\r\nis too.'] },
  { name: 'en: no final punctuation (truncated)', lang: 'en', input: 'The first part is complete. The second part was cut off in the middle of', expected: ['The first part is complete.', 'The second part was cut off in the middle of'] },
  { name: 'en: only punctuation stays one sentence', lang: 'en', input: '... !!! ???', expected: ['... !!! ???'] },

  // ---- written for the project: Vietnamese
  { name: 'vi: TP.HCM mid-sentence', lang: 'vi', input: 'Ông ấy sống ở TP.HCM từ năm 2010. Bà ấy thì ở Hà Nội.', expected: ['Ông ấy sống ở TP.HCM từ năm 2010.', 'Bà ấy thì ở Hà Nội.'] },
  { name: 'vi: TP.HCM. ends a sentence before Ông', lang: 'vi', input: 'Hội nghị diễn ra tại TP.HCM. Ông Nam phát biểu khai mạc.', expected: ['Hội nghị diễn ra tại TP.HCM.', 'Ông Nam phát biểu khai mạc.'] },
  { name: 'vi: PGS.TS. and Th.S before names', lang: 'vi', input: 'PGS.TS. Nguyễn Văn Hùng và Th.S Lê Thị Mai trình bày báo cáo. Hội thảo kết thúc lúc 17 giờ.', expected: ['PGS.TS. Nguyễn Văn Hùng và Th.S Lê Thị Mai trình bày báo cáo.', 'Hội thảo kết thúc lúc 17 giờ.'] },
  { name: 'vi: TS. before a name', lang: 'vi', input: 'Theo TS. Trần Minh, giá xăng sẽ tăng. Nhiều người lo ngại.', expected: ['Theo TS. Trần Minh, giá xăng sẽ tăng.', 'Nhiều người lo ngại.'] },
  { name: 'vi: decimals with comma and thousands with dot', lang: 'vi', input: 'Lạm phát là 3,5% trong khi GDP đạt 1.000 tỷ đồng. Con số này cao hơn năm ngoái.', expected: ['Lạm phát là 3,5% trong khi GDP đạt 1.000 tỷ đồng.', 'Con số này cao hơn năm ngoái.'] },
  { name: 'vi: closing quote after the stop (nói.”)', lang: 'vi', input: 'Ông nói: “Chúng tôi sẽ tiếp tục đàm phán.” Sau đó ông rời đi.', expected: ['Ông nói: “Chúng tôi sẽ tiếp tục đàm phán.”', 'Sau đó ông rời đi.'] },
  { name: 'vi: question in quotes followed by lower case', lang: 'vi', input: '“Liệu hai bên có ký thỏa thuận không?” một phóng viên hỏi. Ông Putin không trả lời.', expected: ['“Liệu hai bên có ký thỏa thuận không?” một phóng viên hỏi.', 'Ông Putin không trả lời.'] },
  { name: 'vi: ellipsis before lower case continues', lang: 'vi', input: 'Anh ấy ngập ngừng… rồi nói tiếp về kế hoạch. Mọi người im lặng.', expected: ['Anh ấy ngập ngừng… rồi nói tiếp về kế hoạch.', 'Mọi người im lặng.'] },
  { name: 'vi: ellipsis before a capital ends the sentence', lang: 'vi', input: 'Chúng tôi chờ mãi... Không ai đến cả.', expected: ['Chúng tôi chờ mãi...', 'Không ai đến cả.'] },
  { name: 'vi: exclamation and question', lang: 'vi', input: 'Thật tuyệt vời! Bạn đã đến đó chưa? Tôi thì chưa.', expected: ['Thật tuyệt vời!', 'Bạn đã đến đó chưa?', 'Tôi thì chưa.'] },
  { name: 'vi: v.v. ends a sentence before a starter', lang: 'vi', input: 'Chợ bán rau, thịt, cá v.v. Người mua rất đông.', expected: ['Chợ bán rau, thịt, cá v.v.', 'Người mua rất đông.'] },
  { name: 'vi: dates 10/9 and 4/2019 unspaced', lang: 'vi', input: 'Ngày 10/9, ông Kim lên tàu. Lần trước là tháng 4/2019.', expected: ['Ngày 10/9, ông Kim lên tàu.', 'Lần trước là tháng 4/2019.'] },
  { name: 'vi: initial in a Western name', lang: 'vi', input: 'Ông John F. Kennedy từng đến đây. Ông ở lại ba ngày.', expected: ['Ông John F. Kennedy từng đến đây.', 'Ông ở lại ba ngày.'] },
  { name: 'vi: stop before an opening quote', lang: 'vi', input: 'Ông Kim phát biểu ngắn gọn. “Chúng tôi luôn ủng hộ Nga,” ông nói.', expected: ['Ông Kim phát biểu ngắn gọn.', '“Chúng tôi luôn ủng hộ Nga,” ông nói.'] },
  { name: 'vi: lower-case after a stop does not split', lang: 'vi', input: 'Giá tăng khoảng 5 đồng/kg. so với tuần trước.', expected: ['Giá tăng khoảng 5 đồng/kg. so với tuần trước.'] },
  { name: 'vi: word-segmented question with spaced ?', lang: 'vi', input: 'Liệu Nga có giúp Triều_Tiên phóng vệ_tinh ? Câu_hỏi này chưa có lời giải .', expected: ['Liệu Nga có giúp Triều_Tiên phóng vệ_tinh ?', 'Câu_hỏi này chưa có lời giải .'] },
  { name: 'vi: spaced ellipsis inside a spaced quote, then comma', lang: 'vi', input: '" Nhu_cầu ... " , Michael_Kimmage nói . Ông không nói thêm .', expected: ['" Nhu_cầu ... " , Michael_Kimmage nói .', 'Ông không nói thêm .'] },

  // ---- other languages and the neutral fallback
  { name: 'hu: ordinal date with lower case after the stop', lang: 'hu', input: 'A találkozó 2019. szeptember 10-én volt. Dr. Kovács is ott volt.', expected: ['A találkozó 2019. szeptember 10-én volt.', 'Dr. Kovács is ott volt.'] },
  { name: 'und: Latin fallback', lang: 'und', input: 'Der Vertrag wurde am Montag unterzeichnet. Die Opposition protestierte.', expected: ['Der Vertrag wurde am Montag unterzeichnet.', 'Die Opposition protestierte.'] },
  { name: 'und: CJK full stops', lang: 'und', input: '今日は良い天気です。散歩に行きましょう！いいですか？', expected: ['今日は良い天気です。', '散歩に行きましょう！', 'いいですか？'] },
];
