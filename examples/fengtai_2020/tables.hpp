// The fourteen 2020 项目支出绩效目标表 of 北京市丰台区残疾人联合会 and 北京市丰台区残疾人就业服务中心,
// transcribed from ../shared/seed/000_24f42c2aa021cbca.txt (text extracted from a two-column PDF, out of order).
//
// Transcription rules: every string is the seed's own text with the PDF's line wraps joined and nothing
// corrected (typos such as 根据据 and 残残疾人 stay). A cell the seed leaves blank stays blank (std::nullopt,
// or an empty string). An indicator's target is parsed from the seed's own wording of the value; a cell
// that states no quantity is qualitative; a cell reading 无 is a placeholder (comparator::none). Nothing
// the seed does not state is filled in. The findings this data produces are the seed's, reported by
// the fengtai_2020 program, not fixed here.
//
// A cell that states several measures is one indicator per measure; each piece is a run of the cell's
// characters in order (a heading or lead-in stays with the piece it introduces), the split drops only the
// separator between pieces (，；、 or a list number), and a clause that states two measures is the wording of
// both. Where the seed words a quantity (不低于12场次, 50万), the target is that quantity, never 定性.
//
// 一级指标: the seed prints 产出指标 and 效益指标 above their rows but no 一级 label above 服务对象满意度指标;
// the 一级 满意度指标 of those rows (in indicators.csv and in every report) is supplied by the form
// (forms::beijing_district_2020), not read from the seed.
#pragma once

#include <array>
#include <chrono>
#include <optional>

#include <jixiao/jixiao.hpp>

namespace fengtai_2020 {

using form = jixiao::forms::beijing_district_2020;
using project = jixiao::basic_project<form>;
using jixiao::parse_target;
using namespace jixiao::literals;

/// A cell with words but no quantity the target grammar can read.
inline constexpr jixiao::target qualitative{jixiao::comparator::qualitative, {}, {}};
/// A cell reading 无 (or left blank).
inline constexpr jixiao::target placeholder{};

namespace c = jixiao::categories;


// ---- 序号 1: 残疾人家庭居家服务项目
// Cross-checked: Total 518.4000 = district 518.4000; the 产出成本 cell (found among 序号2's lines) says 全年共拨付518.4万元,
// and the 2000 persons × 72 h = 14.4万小时 narrative matches the title block 残疾人家庭居家服务项目. The satisfaction row
// holds a verbatim copy of the social-benefit cell (预期效果/衡量指标), not 残疾人满意度达到95%以上, which belongs to 序号11;
// the social-benefit cell itself is split into its five numbered items, the headings 预期效果 and （二）衡量指标 kept.
// The 项目绩效目标 narrative is cut off in the seed.
inline constexpr jixiao::indicator t01_indicators[] = {
    {c::quantity, "居家服务残疾人数", parse_target("2000名"),
     "为全区2000名低保重残和重残无业残疾人提供居家服务"},
    {c::quantity, "每名残疾人服务时间", parse_target("72小时/年"),
     "每名残疾人服务时间72小时/年"},
    {c::quantity, "累计服务时间", parse_target("14.4万小时"),
     "累计服务时间14.4万小时"},
    {c::quantity, "受益残疾人家庭数", parse_target("2000个"),
     "2000个家庭残疾人家庭受益。"},
    {c::quality, "评估、回访工作", qualitative,
     "依据政策为2000户低保重残人家庭、重残无业人员残疾人给予服务，通过评估、回访工作保质保量，"},
    {c::progress, "实施计划", qualitative,
     "从2020年1月1日开始，于2020年12月31日完成。具体落实中制定了每月的实施计划，并按每月计划全部落实进度具体指标"},
    {c::output_cost, "全年拨付", parse_target("518.4万元"),
     "按照实施计划，按照招投标环节分三批拨款，全年共拨付518.4万元."},
    {c::economic_benefit, "残疾人生活质量", qualitative,
     "以家庭为依托、政府扶助、社会化服务进家庭为基本特点，通过家政服务机构，前往服务对象住所为其提供个人生活照料服务、家庭服务、社会康复服务、其他服务的活动，提高残疾人生活质量，促进全社会对残疾人的"},
    {c::social_benefit, "家庭照顾残疾人的负担", qualitative,
     "预期效果1. 缓解家庭照顾残疾人的负担"},
    {c::social_benefit, "困难残疾人家庭的生活质量", qualitative,
     "改善困难残疾人家庭的生活质量，使其家庭环境得到改善。"},
    {c::social_benefit, "居家服务家庭数", parse_target("2000个"),
     "（二）衡量指标1. 为 2000 个残疾人家庭提供居家服务"},
    {c::social_benefit, "每户居家服务时长", parse_target("不低于72小时"),
     "每户居家服务时长不低于 72 小时"},
    {c::social_benefit, "服务评估和服务记录档案", qualitative,
     "为每户建立详细的服务评估和服务记录档案，且受益"},
    {c::environmental_benefit, "", placeholder,
     "无"},
    {c::sustainable_impact, "重度残疾人基本生活需求", qualitative,
     "向符合条件的残疾人实施为期一年的居家服务，满足重度残疾人在生活照料、家政服务、康复护理、心里慰藉等方面的基本生活需求。"},
    {c::beneficiary_satisfaction, "", qualitative,
     "预期效果1. 缓解家庭照顾残疾人的负担；2. 改善困难残疾人家庭的生活质量，使其家庭环境得到改善。（二）衡量指标1. 为 2000 个残疾人家庭提供居家服务；2. 每户居家服务时长不低于 72 小时；3. 为每户建立详细的服务评估和服务记录档案，且受益"},
};
inline constexpr project t01{
    .seq = 1,
    .year = std::chrono::year{2020},
    .name = "残疾人家庭居家服务项目",
    .applicant = "北京市丰台区残疾人联合会",
    .implementer = "区残联教就部",
    .start = std::chrono::year{2020} / 1 / 1,
    .end = std::chrono::year{2020} / 12 / 31,
    .funding = {{.previous = {.total = 0.0000_wan, .district = 0.0000_wan, .city = 0.0000_wan, .self_raised = 0.0000_wan},
                 .current = {.total = 518.4000_wan, .district = 518.4000_wan}}},
    .goal = "根据据《北京市残疾人精准帮扶专项行动计划（2018-2020年）》（京残工委〔2018〕1号）《北京市残疾人联合会改革方案》（京政办字〔2019〕10号）《关于印发<北京市困难残疾人“一人一案”精准帮扶实施方案>的通知》(京残工委〔2019〕8号)等文件精神，开展政府购买居家服务，针对残疾人的基本生活照料、家政保洁、外出陪同等基本需求，整合相关资源，统筹购买专业护理、家庭康复训练、社会适应力辅导等个性化居家需求，有效提",
    .indicators = t01_indicators,
    .cost_basis = {},
    .remarks = "无",
};

// ---- 序号 2: 基层助残服务终端硬件采购及网络维护项目
// Cross-checked: Title block 基层助残服务终端硬件采购及网络维护项目 sits right after the 序号2 labels (total 304.8500 = district
// 304.8500); its cost lines 428×6000 + 26×3000 = 2,646,000元 fall short of 3,048,500元 because the
// scanner/maintenance lines are cut off. The remark (科信局 technical review of 丰台区基层助残服务终端硬件采购及网络维护) is printed
// among 序号3's lines but names this project, on the page that carries only 序号2's 其他说明的问题 label; the 产出质量 cell is
// empty.
inline constexpr jixiao::indicator t02_indicators[] = {
    {c::quantity, "采购办公电脑", parse_target("428台"),
     "本项目主要内容为采购办公电脑428台"},
    {c::quantity, "采购打印机", parse_target("26台"),
     "打印机26台"},
    {c::quantity, "采购扫描仪", parse_target("5台"),
     "扫描仪5台"},
    {c::quantity, "内部网络和办公设备的维护工作", qualitative,
     "同时对丰台区402个社区、村残疾人办事网点、21个残疾人温馨家园进行内部网络和办公设备的维护工作。1、办公电脑办公电脑是提供给丰台区基层428个社区、村、残疾人温馨家园的专职委员以及丰台区5家残疾评定机构的工作人员使用。（1）残疾人工作者（专职委员）使用助残服务终端主要是为采集残疾人基本信息、残疾人需求、申报残疾人政务服务，残疾人证各项业务办理、辅具申请、成人及少儿康复补贴申请、养老助残券申请、自主创业三险补贴申请等都是必须在互联网上申请及办理。而作为残疾人工作者面对残疾人大多数是年岁比较大、行动不便、视力问题、智力及精神问题人员，而这部分人员业务申请及办理只能由残疾人工作者代为完成。（2）残疾评定机构使用助残服务终端主要是为残疾人办理残疾评定申请表，残疾评定机构负责将残疾评定结果上传到残疾人证管理平台，并将残疾人病例等信息打印、存档等工作。2、打印机根据《丰台区残残疾人联合会改革方案》文件精神，并结合关于北京市人民政府残疾人工作委员会印发《2019年北京市残疾人需求采集和服务响应常态化工作实施方案》（京残工委办〔2019〕1号）及北京市残疾人联合会印发《关于进一步加强残疾人证管理工作有关问题的通"},
    {c::progress, "", qualitative,
     "2020年1月1日-2020年12月30日"},
    {c::output_cost, "服务响应终端（电脑）", parse_target("2568000元"),
     "服务响应终端（电脑）   为402个社区村、21个残疾人温馨家园及5个评残机构配备基层助残服务终端，通过政府采购形式定制购买设备，428*6000元=2568000元。（政府采购）"},
    {c::output_cost, "打印机", parse_target("78000元"),
     "打印机   为21个残疾人温馨家园及5个评残机构（丰台医院、南苑医院、丰台精防院、铁营医院和中西医结合医院）配备打印机。26*3000元=78000元（政府采购）"},
    {c::output_cost, "扫描仪（高拍仪）", qualitative,
     "扫描仪（高拍仪）"},
    {c::economic_benefit, "", qualitative,
     "该项目主要内容是为402个社区村、21个残疾人温馨家园及5个评残机构（丰台医院、南苑医院、丰台精防院、铁营医院和中西医结合医院）配备服务响应终端（电脑）、打印机和扫描仪（高拍仪），及网络维护费，无明显"},
    {c::social_benefit, "残疾人需求采集和服务响应常态化", qualitative,
     "优化业务流程，以“服务全覆盖、管理全留痕、资源全透明、政策全公开、机会全公平”为目标，以“北京通—残疾人服务一卡通”为载体，依托“互联网+残疾人”服务平台，逐步实现残疾人服务事项网上直办、就近能办、同城通办；完善残疾人需求采集和服务响应常态化"},
    {c::environmental_benefit, "", qualitative,
     "不涉及环境效益指标，对环境无污染。"},
    {c::sustainable_impact, "业务流程", qualitative,
     "持续优化业务流程，以“服务全覆盖、管理全留痕、资源全透明、政策全公开、机会全公平”为目标，以“北京通—残疾人服务一卡通”为载体，依托“互联网+残疾人”服务平台，逐步实现残疾人服务事项网上直办、就近能办、同城通办；完善残疾人需求采集和服务响应常"},
    {c::beneficiary_satisfaction, "", qualitative,
     "为402个社区村、21个残疾人温馨家园及5个评残机构（丰台医院、南苑医院、丰台精防院、铁营医院和中西医结合医院）配备服务响应终端（电脑）、打印机和扫描仪（高拍仪）。"},
};
inline constexpr jixiao::cost_line<jixiao::wan> t02_cost_basis[] = {
    // unit 台 is not written in the line; taken from the 产出数量 cell (采购办公电脑428台)
    {.item = "办公电脑", .unit_price = 6000_yuan, .price_unit = "元/台", .quantities = {{428, "台"}},
     .stated_total = 2568000_yuan, .text = "428*6000元=2568000元", .truncated = false},
    // unit 台 taken from the 产出数量 cell (打印机26台)
    {.item = "打印机", .unit_price = 3000_yuan, .price_unit = "元/台", .quantities = {{26, "台"}},
     .stated_total = 78000_yuan, .text = "26*3000元=78000元", .truncated = false},
    // cut off after the heading; the 产出数量 cell says 扫描仪5台 but no price is visible; network maintenance (网络维护)
    // has no visible basis either
    {.item = "扫描仪（高拍仪）", .unit_price = {}, .price_unit = "", .quantities = {},
     .stated_total = std::nullopt, .text = "3. 扫描仪（高拍仪）", .truncated = true},
};
inline constexpr project t02{
    .seq = 2,
    .year = std::chrono::year{2020},
    .name = "基层助残服务终端硬件采购及网络维护项目",
    .applicant = "北京市丰台区残疾人联合会",
    .implementer = "丰台残联办公室",
    .start = std::chrono::year{2020} / 1 / 1,
    .end = std::chrono::year{2020} / 12 / 31,
    .funding = {{.previous = {.total = 0.0000_wan, .district = 0.0000_wan, .city = 0.0000_wan, .self_raised = 0.0000_wan},
                 .current = {.total = 304.8500_wan, .district = 304.8500_wan}}},
    .goal = "牢固树立互联网思维，加快推进智慧残联建设，构建既能线下“面对面”、又能线上“键对键”的工作模式；开展网上组织、宣传、教育、引导残疾人的工作，增强全媒体时代残联组织的吸引力凝聚力和影响力；",
    .indicators = t02_indicators,
    .cost_basis = t02_cost_basis,
    .remarks = "区残联向区科信局上报2020年丰台区信息化项目，于2019年11月6日，丰台区科学技术及信息化局组织专家对区残联申报的“丰台区基层助残服务终端硬件采购及网络维护”项目进行技术立项评审并通过。",
};

// ---- 序号 3: 区残疾人综合服务中心维修改造项目
// Cross-checked: Title 区残疾人综合服务中心维修改造项目 follows the 序号3 labels (total 448.9734 = district 448.9734); the 产出成本
// cell caps cost at 447.8777万元 (10,957元 under the budget) and the goal cites 丰财社〔2019〕747号 for this repair
// project. The 环境/可持续/满意度/其他 cells are the 绩效指标 block printed after 序号4's own complete set of cells (序号4 has all
// 10 cells filled, so the extra 4 can only be 序号3's continuation page).
// The 项目绩效目标 narrative is cut off in the seed.
inline constexpr jixiao::indicator t03_indicators[] = {
    {c::quantity, "1-6层室内装修改造", qualitative,
     "一是1-6层室内装修改造（包含地面、踢脚线、内墙面、顶棚、楼梯间粉刷、卫生间改造、木门拆除恢复、新做靠墙扶手）"},
    {c::quantity, "室外园路绿化", qualitative,
     "二是室外园路绿化（包含沥青地面、台阶石材地面、路缘石、绿化种植）"},
    {c::quantity, "外立面装饰装修改造工程", qualitative,
     "三是外立面装饰装修改造工程（鹅卵石散水、铝合金吊顶、玻璃雨棚、石材外立面、外墙保温层、外墙面面砖、异型铝塑板氟碳幕墙、大理石石柱）"},
    {c::quantity, "屋面防水改造", qualitative,
     "四是屋面防水改造（包含屋面找平层及屋面防水、屋顶"},
    {c::quality, "招投标等政策的执行", qualitative,
     "严格按照财政及相关部门规定，进行相关的招投标等政策的执行，成立项目领导小组对"},
    {c::progress, "招投标的准备工作", qualitative,
     "2020年2月底前完成招投标的准备工作"},
    {c::progress, "项目的招标", qualitative,
     "2020年4月1日前完成对项目的招标"},
    {c::progress, "开工建设", qualitative,
     "2020年5月1日前开工建设"},
    {c::progress, "施工阶段", qualitative,
     "2020年8月31日前施工阶段"},
    {c::output_cost, "总体项目成本", parse_target("控制在447.8777万元内"),
     "采用招投标方式，控制总体工程支出成本，总体项目成本控制在447.8777万元内。"},
    // 近2万人次: 近 is "nearly", so ≥ 2万人次 would promise more than the unit did (its six items add up to
    // 16,600人次) and the grammar has no ≈; recorded as = 2万人次, the planned round figure, in the seed's own unit.
    {c::economic_benefit, "直接服务残疾人人次", parse_target("2万人次"),
     "为近2万人次残疾人提供直接服务。其中主要包括："},
    {c::economic_benefit, "文体体育服务", parse_target("4400人次"),
     "为4400人次的残疾人提供文体体育服务"},
    {c::economic_benefit, "法律维权咨询服务", parse_target("1000人次"),
     "为1000人次的残疾人提供法律维权咨询服务"},
    {c::economic_benefit, "就业培训", parse_target("2000人次"),
     "为2000人次的残疾人提供就业培训"},
    {c::economic_benefit, "宣传及倡导服务", parse_target("2000人次"),
     "为2000人次的残疾人提供宣传及倡导服务"},
    {c::economic_benefit, "职业康复服务", parse_target("2200人次"),
     "为2200人次的残疾人提供职业康复服务"},
    {c::economic_benefit, "其他的各类活动", parse_target("5000人次"),
     "为5000人次的残疾人其他的各类活动如"},
    {c::social_benefit, "消防安全和人身安全", qualitative,
     "项目为公益性项目不产生直接的经济效益，但通过项目实施，能够保障消防安全和人身安全，预防和减少各类事故的发生，保障残疾人生命财产安全。"},
    {c::environmental_benefit, "残疾人需求", qualitative,
     "目前，丰台区已经办理二代残疾人证的残疾人有4.6万人，需求多种多样。一方面，在十八大以来残疾人事业发展进入同步小康的新阶段；另一方面，提高残疾人文化等方面和丰富残疾人生活方式也是北京市“十三五”时期残疾人规划的重要内容。不"},
    {c::sustainable_impact, "项目的正常运转", qualitative,
     "通过项目实施，能够在一段时期内保障项目的正常运转，确保残疾人及其亲属的人身安全，保障"},
    {c::beneficiary_satisfaction, "成果使用方满意度", parse_target("达90%"),
     "通过项目实施，保障残疾人及其亲属的人身安全，成果使用方满意度达90%。"},
    {c::beneficiary_satisfaction, "涉企人员人身安全", qualitative,
     "通过项目实施，为涉企人员保障了人身安全，服务对"},
};
inline constexpr project t03{
    .seq = 3,
    .year = std::chrono::year{2020},
    .name = "区残疾人综合服务中心维修改造项目",
    .applicant = "北京市丰台区残疾人联合会",
    .implementer = "丰台残联办公室",
    .start = std::chrono::year{2020} / 1 / 1,
    .end = std::chrono::year{2020} / 12 / 31,
    .funding = {{.previous = {.total = 0.0000_wan, .district = 0.0000_wan, .city = 0.0000_wan, .self_raised = 0.0000_wan},
                 .current = {.total = 448.9734_wan, .district = 448.9734_wan}}},
    .goal = "根据丰台区财政局关于追加区残疾人综合服务中心维修改造项目经费的复函（丰财社〔2019〕747 号），保障残疾人综合服务中心安全和正常运转，前期项目已通过区财政评审中心指定的第三方机构进行了评审。通过项目实施，对残疾人综合服务中心进行升级改造，保障项目的防火安全和对前来办事的全区4.6万余名残疾人及其亲属的人身安全。保障区残疾人综合服务中",
    .indicators = t03_indicators,
    .cost_basis = {},
    .remarks = "无",
};

// ---- 序号 4: 残疾人专门协会精准服务
// Cross-checked: Total 50.0000 = district 50.0000 and the 产出成本 cell reads 50万; title 残疾人专门协会精准服务 and its ten
// cells all sit on the sheet of the 序号4 labels.
// The 项目绩效目标 narrative is cut off in the seed.
inline constexpr jixiao::indicator t04_indicators[] = {
    {c::quantity, "", placeholder,
     "无"},
    {c::quality, "", placeholder,
     "无"},
    {c::progress, "", qualitative,
     "全年"},
    // 50万 is 50万元: the row is 产出成本 and the table's total is 50.0000 万元.
    {c::output_cost, "", parse_target("50万元"),
     "50万"},
    {c::economic_benefit, "", placeholder,
     "无"},
    {c::social_benefit, "专门协会各项工作制度", qualitative,
     "以“全面建设残疾人工作首善之区，共同创造幸福美好新生活”为目标，进一步建立健全专门协会各项工作制度，增强协会“自我约束、自我管理、自我监督”能力，更好地履行“代表、服务、维权”职责。"},
    {c::environmental_benefit, "", placeholder,
     "无"},
    {c::sustainable_impact, "社会稳定", qualitative,
     "维护社会稳定"},
    {c::beneficiary_satisfaction, "", parse_target("95%以上"),
     "95%以上"},
};
inline constexpr project t04{
    .seq = 4,
    .year = std::chrono::year{2020},
    .name = "残疾人专门协会精准服务",
    .applicant = "北京市丰台区残疾人联合会",
    .implementer = "区残联组联部",
    .start = std::chrono::year{2020} / 1 / 1,
    .end = std::chrono::year{2020} / 12 / 31,
    .funding = {{.previous = {.total = 0.0000_wan, .district = 0.0000_wan, .city = 0.0000_wan, .self_raised = 0.0000_wan},
                 .current = {.total = 50.0000_wan, .district = 50.0000_wan}}},
    .goal = "加强和规范各级残疾人专门协会制度建设，完善协会运行机制，增强协会工作活力，是贯彻落实十八届四中全会关于依法治国和党中央、国务院关于发展残疾人事业的一系列决策部署的重要举措，是落实中国残联、北京市残联第六次代表大会精神的具体措施，对于提升残疾人组织“自我教育、自我管理、自我服务和自我维权”的主体意识，加强与残疾人的密切联系，维护残疾人群体的合法权益，全面提升残疾人的生活质量和水平，促进首都残疾人",
    .indicators = t04_indicators,
    .cost_basis = {},
    .remarks = "无",
};

// ---- 序号 5: 残疾人法律维权服务项目
// Cross-checked: Total 24.0500 = district 24.0500 = 产出成本 '项目预算 ：24.05 万元'; the 法律维权 title is the second of two
// titles on that sheet and is followed directly by its own goal and cells, and only 序号5 has the
// 2020/3/1–2020/11/30 period.
inline constexpr jixiao::indicator t05_indicators[] = {
    {c::quantity, "法律维权服务", qualitative,
     "法律服务是每位残疾人及其家属的需求，应结合实际工作开展相关的法律维权服务。"},
    {c::quality, "接受培训的残疾人的法律观念", qualitative,
     "让接受培训的残疾人的法律观念得以树立，开始懂得求助； 让接受培训的残疾人拥有基本法律知识； 个别急需要法律援助的残疾人得到援助。"},
    {c::progress, "", qualitative,
     "贯穿全年"},
    {c::output_cost, "项目预算", parse_target("24.05万元"),
     "项目预算 ：24.05 万元。"},
    {c::economic_benefit, "法律知识", qualitative,
     "向更多残疾人普及法律知识，并使个别急需法律援助的残疾人获得系统性法律援助。"},
    {c::social_benefit, "残疾人的法律观念", qualitative,
     "让接受培训的残疾人的法律观念得以树立，开始懂得求助"},
    {c::social_benefit, "基本法律知识", qualitative,
     "让接受培训的残疾人拥有基本法律知识"},
    {c::environmental_benefit, "", placeholder,
     "无"},
    {c::sustainable_impact, "系统性法律援助", qualitative,
     "向更多残疾人普及法律知识，并使个别急需法律援助的残疾人获得系统性法律援助。 让接受培训的残疾人的法律观念得以树立，开始懂得求助； 让接受培训的残疾人拥有基本法律知识； 个别急需要法律援助的残疾人得到"},
    {c::beneficiary_satisfaction, "", parse_target("95%以上"),
     "95%以上"},
};
inline constexpr project t05{
    .seq = 5,
    .year = std::chrono::year{2020},
    .name = "残疾人法律维权服务项目",
    .applicant = "北京市丰台区残疾人联合会",
    .implementer = "残联组联部",
    .start = std::chrono::year{2020} / 3 / 1,
    .end = std::chrono::year{2020} / 11 / 30,
    .funding = {{.previous = {.total = 0.0000_wan, .district = 0.0000_wan, .city = 0.0000_wan, .self_raised = 0.0000_wan},
                 .current = {.total = 24.0500_wan, .district = 24.0500_wan}}},
    .goal = "通过“庭院式法律讲座”、“法律救助”、“法律咨询、代书、转介等服务”、“法律宣传”四种服务方式，向更多残疾人普及法律知识，并使个别急需法律援助的残疾人获得系统性法律援助。",
    .indicators = t05_indicators,
    .cost_basis = {},
    .remarks = "无",
};

// ---- 序号 6: 温馨家园托管服务项目
// Cross-checked: Cost basis 6000人×500元/人均 = 3,000,000元 = 300.0000万元 = the total printed after the 法律维权 cells
// (prior 0.0000 / current 300.0000), so the 温馨家园 title (first title on the 序号5/6 sheet) and the 300.0000 funding
// block belong to 序号6.
// The 项目绩效目标 narrative is cut off in the seed.
inline constexpr jixiao::indicator t06_indicators[] = {
    {c::quantity, "每个温馨家园全年累计开放", parse_target("200天以上"),
     "每个温馨家园全年累计开放200天以上"},
    {c::quantity, "温馨家园管理工作", qualitative,
     "在托管期内，社会组织安排专职工作人员常驻街道温馨家园，国家法定工作日，工作时间9:00-17:00。负责代表街道按照合同监督、指导、协调配合社会组织的如下管理工作;每日填报并上传“日常工作图文记录”。 管理制度的补充与修订，编制温馨家园特点的《温馨家园管理制度汇编》一套，包括但不限于人员管理、行政管理、财务管理、项目管理、志愿服务管理、数据库管理等。定期对康复器械、残疾人辅具等服务设施进行检查与登记，建立登记台账，保障使用人的人身安全及设备设施完好。建立并维护残疾人需求信息数据库，由社会组织使用成熟的信息系统，项目结束后该数据库交给温馨家园负责管理。数据库要对残疾人服务需求的类别、需求是否得到满足、是否提供转介服务等信息进行记录和更新。"},
    {c::quantity, "助残服务的专业化水平", qualitative,
     "拓展服务形式，丰富服务内容，激发辖区残疾人参与活动的积极性，增加服务覆盖面，提升助残服务的专业化水平。"},
    {c::quantity, "残疾人需求调查覆盖率", parse_target("不低于60%"),
     "开展一次残疾人需求调查，覆盖率不低于人户一致残疾人60%"},
    {c::quantity, "残疾人每月主题活动", parse_target("不少于8次"),
     "凸显优势特色，开展残疾人每月主题活动不少于8次，每次活动不低于30人"},
    {c::quantity, "每月主题活动每次活动人数", parse_target("不低于30人"),
     "凸显优势特色，开展残疾人每月主题活动不少于8次，每次活动不低于30人"},
    {c::quantity, "就业能力提升相关培训和讲座", parse_target("不低于12场次"),
     "组织残疾人素质教育与能力提升，就业能力提升相关培训和讲座，不低于12场次，每次活动不低于20人"},
    {c::quantity, "培训和讲座每次活动人数", parse_target("不低于20人"),
     "组织残疾人素质教育与能力提升，就业能力提升相关培训和讲座，不低于12场次，每次活动不低于20人"},
    {c::quantity, "节日主题活动", parse_target("8次"),
     "开展节日主题活动8次，每次活动不低于30人"},
    {c::quantity, "节日主题活动每次活动人数", parse_target("不低于30人"),
     "开展节日主题活动8次，每次活动不低于30人"},
    {c::quantity, "活动累计", parse_target("不低于100场次"),
     "活动累计不低于100场次，活动应基于残疾人需求开展，策划组织特色讲座等其他活动，包括中医体验系列、健康养生系列、植园艺类、中西点制作体验类、手工类系、生活技能类"},
    {c::quantity, "残疾人工作者及志愿者培训", parse_target("不少于5场"),
     "残疾人工作者及志愿者培训不少于5场，每次不低于15人"},
    {c::quantity, "残疾人工作者及志愿者培训每次人数", parse_target("不低于15人"),
     "残疾人工作者及志愿者培训不少于5场，每次不低于15人"},
    {c::quantity, "法律服务", parse_target("不少于8场"),
     "法律服务不少于8场，每次不低于20人"},
    {c::quantity, "法律服务每次人数", parse_target("不低于20人"),
     "法律服务不少于8场，每次不低于20人"},
    {c::quantity, "残疾人趣味运动会", parse_target("1场"),
     "残疾人趣味运动会1场，参加人员不低于45人"},
    {c::quantity, "残疾人趣味运动会参加人员", parse_target("不低于45人"),
     "残疾人趣味运动会1场，参加人员不低于45人"},
    {c::quantity, "心理慰藉与指导培训", parse_target("不少于3场"),
     "心理慰藉与指导培训不少于3场，每次不低于20人"},
    {c::quantity, "心理慰藉与指导培训每次人数", parse_target("不低于20人"),
     "心理慰藉与指导培训不少于3场，每次不低于20人"},
    {c::quantity, "生日会，联欢会，成果汇报会", parse_target("10场"),
     "定期举办生日会，联欢会，成果汇报会等10场，每次不低于20人"},
    {c::quantity, "生日会，联欢会，成果汇报会每次人数", parse_target("不低于20人"),
     "定期举办生日会，联欢会，成果汇报会等10场，每次不低于20人"},
    {c::quantity, "居家入户服务", parse_target("不低于100人次"),
     "对出门不便的残疾人提供居家入户服务，不低于100人次"},
    {c::quantity, "其他支持性服务", qualitative,
     "其他支持性服务。与企事业单位建立志愿合作关系，整合辖区助残资源，建立“助残社会服务资源数据库”；组建社会志愿者和“轻残帮重残”志愿服务队伍，提供“一对一”个性化服务，并对志愿者队伍进行培育和指导。"},
    {c::quantity, "志愿服务队伍人数", parse_target("不少于30人"),
     "队伍人数不少于30人，有团队组织规范及志愿服务方案，人员稳定。"},
    {c::quantity, "志愿服务培训次数", parse_target("不少于2次"),
     "组织志愿服务培训，培训次数不少于2次。"},
    {c::quantity, "温馨家园的社会影响力", qualitative,
     "运用传统媒体、新媒体等平台，多措并举开展宣传推广工作，扩大温馨家园的社会影响力。"},
    {c::quality, "专职园长", qualitative,
     "为改革温馨家园配备一名专职园长，并匹配相应数量的服务人员。"},
    {c::quality, "基本服务项目", qualitative,
     "根据地区残疾人需求和温馨家园服务能力，进一步强化温馨家园康复与辅具服务、就业及培训服务、职业康复劳动、文化体育、法律维权、信息咨询、物质帮助、办证综合评估、一卡通激活、免费上网、转介服务等基本服务项目。每个街道乡镇至少有一个温馨家园具备精神残疾人社区照料、重度残疾人托养服务等功能。"},
    {c::quality, "个性化服务", qualitative,
     "支持温馨家园对接其他专业资源、社会资源和市场资源，为残疾人提供居家上门服务、家政服务、医疗康复、辅具服务、出行服务、代办事项、信息咨询、物质帮助、就医陪伴、联系走访事项代办、融合活动养护照料、等个性化服务。"},
    {c::quality, "社区助残社会组织", qualitative,
     "联系、扶持和培育社区助残社会组织，组织开展志愿互助服务，扶植残疾人社群力量，进一步激活助残服务市场，推动社会助残服务业发展。包括但不限于如下内容：志愿服务、社区融合、能力建设、资源对接、社区助残组织（团队）孵化等。在温馨家园建立助残志愿者之家，推广“温馨家园+高校志愿服务社团”、“温馨家园+企业志愿服务团队”、“温馨家园+助残社会组织”、“温馨家园+专业社工+残疾人志愿者”等合作模式，推进志愿助残工作制度化、常态化。"},
    {c::quality, "温馨家园管理和服务人员的社会化、专业化服务能力", qualitative,
     "创新培训内容、手段和方式，持续提高温馨家园管理和服务人员的社会化、专业化服务能力。"},
    {c::quality, "温馨家园新任管理人员岗前培训", parse_target("不少于40学时"),
     "温馨家园新任管理人员须经不少于40学时的岗前培训，并每年接受不少于16学时的岗位培训。"},
    {c::quality, "温馨家园管理人员每年岗位培训", parse_target("不少于16学时"),
     "温馨家园新任管理人员须经不少于40学时的岗前培训，并每年接受不少于16学时的岗位培训。"},
    {c::quality, "分类精准管理", qualitative,
     "推进分类精准管理。强化规范运行，根据城区和农村温馨家园的不同特点，实施类别化、精细化管理，依需求"},
    {c::progress, "", qualitative,
     "2020年5月1日-2021年4月30日"},
    {c::output_cost, "", qualitative,
     "6000人×500元/人均"},
    {c::economic_benefit, "温馨家园服务深度及服务广度", qualitative,
     "通过政府购买服务，补足温馨家园没有专职园长和专职服务人员的短板，拓宽温馨家园服务深度及服务广度，为健全温馨家园的长效机制有很大意义"},
    {c::social_benefit, "温馨家园服务内容", qualitative,
     "温馨家园服务内容不断丰富，形成包括传统活动、服务、教育、展示 4 大基础功能以及残疾人需求调查、康复知识宣传、辅具租借、就业、法律服务、心理咨询、文体服务、志愿者服务及培育等多项内容的综合性服务体系"},
    {c::social_benefit, "温馨家园资源网络体系", qualitative,
     "温馨家园资源网络体系搭建完成，不断对接各类专业资源、社会资源和市场资源，拓展温馨家园辐射服务范围，增加有效服务供给，满足残疾人多层次、个性化的服务需求，形成协同发展机制和服务供应体系"},
    {c::social_benefit, "温馨家园助残志愿者服务力量", qualitative,
     "温馨家园助残志愿者服务力量显著加强，构建助残志"},
    {c::environmental_benefit, "", qualitative,
     "对环境无污染"},
    {c::sustainable_impact, "温馨家园品牌效应", qualitative,
     "提升温馨家园品牌效应，扩大温馨家园联系服务残疾人的有效覆盖面，把温馨家园打造成具有首都特色的残疾人服务品牌。"},
    {c::beneficiary_satisfaction, "残疾人满意率", parse_target("不低于90%"),
     "残疾人满意率不低于90%"},
};
inline constexpr jixiao::cost_line<jixiao::wan> t06_cost_basis[] = {
    // no total written; 6000 × 500 = 3,000,000元 = 300.0000万元
    {.item = "温馨家园托管服务", .unit_price = 500_yuan, .price_unit = "元/人", .quantities = {{6000, "人"}},
     .stated_total = std::nullopt, .text = "6000人×500元/人均", .truncated = false},
};
inline constexpr project t06{
    .seq = 6,
    .year = std::chrono::year{2020},
    .name = "温馨家园托管服务项目",
    .applicant = "北京市丰台区残疾人联合会",
    .implementer = "丰台区残联组联维权部",
    .start = std::chrono::year{2020} / 1 / 1,
    .end = std::chrono::year{2020} / 12 / 31,
    .funding = {{.previous = {.total = 0.0000_wan, .district = 0.0000_wan, .city = 0.0000_wan, .self_raised = 0.0000_wan},
                 .current = {.total = 300.0000_wan, .district = 300.0000_wan}}},
    .goal = "1、推进街道（乡镇）残联、社区（村）残协在温馨家园设置综合服务窗口，为残疾人提供一门式办理、一站式服务。健全温馨家园服务事项清单指导目录制度，把康复照料、辅具服务、就业培训、文体活动、维权服务、志愿助残、定期访视、证卡服务，政策咨询与帮办、代办和服务转介等作为温馨家园必备服务项目。温馨家园场地设施优先满足职业康复（帮扶性就业基地）、重度残疾人日间照料、精神残疾人社区康复等服务功能设置需求。2、鼓励有条件的温馨家园、养老照料中心、养老服务驿站（农村幸福晚年驿站）等服务设施双向融合设置，实行统一规划、资源整合、政策叠加、协同共建。健全设施共享使用制度，统筹建立购买服务项目清单，完善养老助残服务项目标准衔接机制。鼓励引入医疗专业力量，提升“医养康护”综合服务能力。鼓励与基层文化服务、党群服务等综合设施实行共建共享，扩大服务覆盖，提升服务便利性、可及性。发挥温馨家园孵化功能，积极培育扶持社区助残社会组织、残疾人自组织和助残志愿服务组织发展，推动残健融合互助、共治共享。3、发挥温馨家园在残疾人服务体系建设中的支撑作用，做好收集了解残疾人需求、衔接服务评估的枢纽。4、发挥温馨家园为基层残疾人提供政治教育、党建引领、科学文化学习、技能培训等的平台功能，把温馨家园建设成为基层教育引领残疾人的党建基",
    .indicators = t06_indicators,
    .cost_basis = t06_cost_basis,
    .remarks = "无",
};

// ---- 序号 7: 残疾人城乡居民养老保险缴费补贴
// Cross-checked: No cost basis is stated; placed by layout: on the 序号7/8 sheet the second title
// (残疾人城乡居民养老保险缴费补贴) is followed by its own goal and cells exactly as the 法律维权 title is on the 序号5/6 sheet, and
// the 目录 order agrees. Prior 300.0000 = current 300.0000 (about 988.8元 per each of the 3034 persons, not stated
// in the seed).
inline constexpr jixiao::indicator t07_indicators[] = {
    {c::quantity, "享受养老保险缴费补贴残疾人数", parse_target("3034名"),
     "3034名残疾人享受养老保险缴费补贴"},
    {c::quality, "残疾人及家庭生活负担", qualitative,
     "减轻残疾人及家庭生活负担，有效解决残疾人家庭的后顾之忧，实现老有所养的社会建设目标"},
    {c::progress, "责任指标", qualitative,
     "2020年底圆满完成责任指标"},
    {c::output_cost, "", placeholder,
     "无"},
    {c::economic_benefit, "", placeholder,
     "无"},
    {c::social_benefit, "残疾人家庭稳定", qualitative,
     "保持残疾人家庭稳定、完善社会保障体系、促进社会和谐"},
    {c::environmental_benefit, "", placeholder,
     "无"},
    {c::sustainable_impact, "城乡残疾人年老后的基本生活", qualitative,
     "保障城乡残疾人年老后的基本生活，统筹城乡社会发展"},
    {c::beneficiary_satisfaction, "满意度", parse_target("100%"),
     "满意度100%"},
};
inline constexpr project t07{
    .seq = 7,
    .year = std::chrono::year{2020},
    .name = "残疾人城乡居民养老保险缴费补贴",
    .applicant = "北京市丰台区残疾人就业服务中心",
    .implementer = "丰台残联教就部",
    .start = std::chrono::year{2020} / 1 / 1,
    .end = std::chrono::year{2020} / 12 / 31,
    .funding = {{.previous = {.total = 300.0000_wan, .district = 300.0000_wan, .city = 0.0000_wan, .self_raised = 0.0000_wan},
                 .current = {.total = 300.0000_wan, .district = 300.0000_wan}}},
    .goal = "为进一步加强残疾人的社会保障工作，鼓励残疾人参加城乡居民养老保险，实现老有所养的社会建设目标",
    .indicators = t07_indicators,
    .cost_basis = {},
    .remarks = "无",
};

// ---- 序号 8: 用人单位够（超）比例安置残疾人就业奖励岗位补贴
// Cross-checked: No figure links the cells to the total 7184.7600 (= district 7184.7600); placed by layout: the
// 用人单位 title is the first title on the 序号7/8 sheet (the right-hand table, whose labels run on after 序号7's), and
// its goal/cells (京残发〔2018〕26号, 岗位补贴) follow 序号8's remaining labels on the next sheet.
inline constexpr jixiao::indicator t08_indicators[] = {
    {c::quantity, "享受岗位补贴的用人单位", qualitative,
     "2017年度和2018年用人单位享受岗位补贴"},
    {c::quality, "用人单位安排残疾人就业", qualitative,
     "鼓励用人单位安排残疾人就业，进一步促进残疾人更加充分就业"},
    {c::progress, "责任指标", qualitative,
     "2020年底圆满完成责任指标"},
    {c::output_cost, "", placeholder,
     "无"},
    {c::economic_benefit, "", placeholder,
     "无"},
    {c::social_benefit, "用人单位安排残疾人就业的积极性", qualitative,
     "根据《关于进一步促进本市残疾人就业工作的若干措施》的通知（京残发〔2018〕26号）文件精神。对丰台区安排残疾人就业情况审核通过的用人单位进行岗位补贴和超比例奖励。提高用人单位安排残疾人就业的积极性，进一步促进本市残疾人更高质量和更充分就业。鼓励用人单位积极安排残疾人进行就业，解决了残疾人就"},
    {c::environmental_benefit, "", placeholder,
     "无"},
    {c::sustainable_impact, "残疾人家庭和谐稳定", qualitative,
     "促进残疾人就业，实现残疾人家庭和谐稳定"},
    {c::beneficiary_satisfaction, "满意度", parse_target("100%"),
     "满意度100%"},
};
inline constexpr project t08{
    .seq = 8,
    .year = std::chrono::year{2020},
    .name = "用人单位够（超）比例安置残疾人就业奖励岗位补贴",
    .applicant = "北京市丰台区残疾人就业服务中心",
    .implementer = "丰台残联教就部",
    .start = std::chrono::year{2020} / 1 / 1,
    .end = std::chrono::year{2020} / 12 / 31,
    .funding = {{.previous = {.total = 0.0000_wan, .district = 0.0000_wan, .city = 0.0000_wan, .self_raised = 0.0000_wan},
                 .current = {.total = 7184.7600_wan, .district = 7184.7600_wan}}},
    .goal = "根据《关于进一步促进本市残疾人就业工作的若干措施》的通知（京残发〔2018〕26号）文件精神。对丰台区安排残疾人就业情况审核通过的用人单位进行岗位补贴和保险补贴。提高用人单位安排残疾人就业的积极性，进一步促进本市残疾人更高质量和更充分就业。",
    .indicators = t08_indicators,
    .cost_basis = {},
    .remarks = "无",
};

// ---- 序号 9: 残疾人康复服务项目经费
// Cross-checked: Current total 354.1600 = 800 persons (产出数量 800名, 康复指标800人) × 平均每人补贴4427元 = 3,541,600元 exactly;
// prior 440.0000. Title 残疾人康复服务项目经费 follows the 序号9 labels.
inline constexpr jixiao::indicator t09_indicators[] = {
    {c::quantity, "参加康复服务残疾人数", parse_target("800名"),
     "800名残疾人参加康复服务"},
    {c::quality, "残疾人康复", qualitative,
     "肢体残疾人康复到达增强日常生活能力和社会适应能力及体能等目标；视力残疾人康复达到个人生活基本技能熟练，定向行走技巧和辅具使用等目标；智力残疾人康复达到生活自理能力和社会适应能力增强等目标；精神残疾人康复达到回归社会、生活能力、社交能力、职业"},
    {c::progress, "", qualitative,
     "2020年1月1日-2020年12月31日"},
    {c::output_cost, "平均每人补贴", parse_target("4427元"),
     "按照丰台区财政局相关规定执行，2019年截止8月21日，残疾人康复服务341人，补贴金额1509582元，平均每人补贴4427元。2019年市残联残疾人康复指标800人。"},
    {c::economic_benefit, "人工成本和时间成本", qualitative,
     "通过第三方为残疾人提供服务，不但满足了残疾人不同的需求，直接为政府节省了人工成本和时间成本，具有较大的经济意义"},
    {c::social_benefit, "残疾人的康复权益", qualitative,
     "本项目涵盖了16周岁及以上残疾人，政策覆盖人群广，将保障我区残疾人的康复权益，促进他们平等、充分的参与社会生活，具有明显的社会效益。"},
    {c::environmental_benefit, "残疾人康复服务保障机制", qualitative,
     "本项目开展将建立长效的残疾人康复服务保障机制，创造加强残疾康复服务的社会氛围，对环境无污染。"},
    {c::sustainable_impact, "政策及目录", qualitative,
     "市残联将根据残疾人的需求和市场供应情况，适时调整政策及目录，可对残疾人进行"},
    {c::beneficiary_satisfaction, "残疾人满意率", parse_target("不低于90%"),
     "残疾人满意率不低于90%"},
};
inline constexpr jixiao::cost_line<jixiao::wan> t09_cost_basis[] = {
    // not written as a multiplication: 平均每人补贴4427元 (2019 average, 1509582元/341人 = 4426.93) and the 2019 市残联
    // quota of 800人 (also the 产出数量 target 800名); 800 × 4427 = 3,541,600元 = 354.1600万元
    {.item = "残疾人康复服务补贴", .unit_price = 4427_yuan, .price_unit = "元/人", .quantities = {{800, "人"}},
     .stated_total = std::nullopt, .text = "按照丰台区财政局相关规定执行，2019年截止8月21日，残疾人康复服务341人，补贴金额1509582元，平均每人补贴4427元。2019年市残联残疾人康复指标800人。", .truncated = false},
};
inline constexpr project t09{
    .seq = 9,
    .year = std::chrono::year{2020},
    .name = "残疾人康复服务项目经费",
    .applicant = "北京市丰台区残疾人就业服务中心",
    .implementer = "丰台残联康复部",
    .start = std::chrono::year{2020} / 1 / 1,
    .end = std::chrono::year{2020} / 12 / 31,
    .funding = {{.previous = {.total = 440.0000_wan, .district = 440.0000_wan, .city = 0.0000_wan, .self_raised = 0.0000_wan},
                 .current = {.total = 354.1600_wan, .district = 354.1600_wan}}},
    .goal = "为保障本市残疾人的康复权益，在年龄16岁及以上残疾人，可享受康复补贴，促进其平等、充分参与社会生活。",
    .indicators = t09_indicators,
    .cost_basis = t09_cost_basis,
    .remarks = "无",
};

// ---- 序号 10: 元旦春节困难残疾人家庭走访慰问经费
// Cross-checked: 慰问经费 4594户×1000元 + 2360户×500元 = 5,774,000元 = the current total 577.4000 (prior 570.4000); title
// 元旦春节困难残疾人家庭走访慰问经费 follows the 序号10 labels. Adding the printing (7,000元) and gift (15×200 = 3,000元) lines gives
// 5,784,000元, 10,000元 over the total.
inline constexpr jixiao::indicator t10_indicators[] = {
    {c::quantity, "持有《低收入家庭救助证》的城乡困难残疾人家庭", qualitative,
     "持有民政部门《低收入家庭救助证》的城乡困难残疾人家庭，且残疾人本人未享受最低生活保障待遇（含生活困难补助，下同）和特困人员救助供养。"},
    {c::quantity, "因特殊原因导致基本生活陷入困境的残疾人家庭", qualitative,
     "未享受本市最低生活保障待遇、特困人员救助供养和低收入家庭救助的，但因患重大疾病、遭遇突发事件、意外伤害等特殊原因导致基本生活陷入困境的残疾人家庭。"},
    {c::quantity, "一户多残、以老养残残疾人家庭", qualitative,
     "未享受本市最低生活保障待遇、特困人员救助供养和低收入家庭救助的，一户多残、以老养残残疾人家庭。其中，“一户多残”应为共同生活家庭成员有两名及以上的残疾人；“以老养残”应为被供养残疾人为残疾等级一、二级的视力、肢体残疾人和残疾等级一、二、三级的智力、精神残疾人，本人无稳定性收入，依靠年满60周岁及以上的监护人抚养、赡养或扶养。"},
    {c::quantity, "残疾人本人上一年度内稳定性收入", qualitative,
     "未享受本市最低生活保障待遇、特困人员救助供养和低收入家庭救助的，残疾人本人上一年度内稳定性收入"},
    {c::quality, "特殊困难户", parse_target("4594户"),
     "根据各街乡镇残联上报的走访慰问统计指标，进行2020年丰台区走访慰问困难残疾人家庭工作，其中特殊困难每户1000元标准共4594户"},
    {c::quality, "一般困难户", parse_target("2360户"),
     "一般困难每户500元标准共2360户"},
    {c::quality, "共计慰问户数", parse_target("6954户"),
     "共计慰问6954户。"},
    {c::progress, "", qualitative,
     "2020年1月1日-2020年4月31日"},
    {c::output_cost, "第一、二、三款慰问条件的困难残疾人家庭慰问标准", parse_target("500元"),
     "第一、二、三款慰问条件的困难残疾人家庭，参照民政部门低保家庭的市级慰问标准进行慰问。（500元）"},
    {c::output_cost, "第四款慰问条件的困难残疾人家庭慰问标准", parse_target("1000元"),
     "第四款慰问条件的困难残疾人家庭，参照民政部门低保家庭单人的市级慰问标准进行慰问。（1000元）"},
    {c::economic_benefit, "慰问经费", parse_target("5774000元"),
     "慰问经费：区残联对2020年丰台区走访慰问困难残疾人家庭工作进行调查统计汇总，其中特殊困难每户1000元标准共4594户、一般困难每户500元标准共2360户。共计慰问6954户，慰问经费为5774000元。"},
    {c::economic_benefit, "印刷慰问信", parse_target("7000元"),
     "印刷慰问信：印刷慰问信告知残疾人，所需印刷费7000元，7000份*1元= 7000元（慰问信和红色信封）。"},
    {c::economic_benefit, "领导入户慰问品", qualitative,
     "领导入户慰问品：计划安排区领导和区残联领导班子入户进行慰问，需要购买入户慰问品15份，每份200元，"},
    {c::social_benefit, "生活困难残疾人家庭", qualitative,
     "为进一步贯彻落实市、区切实关心困难群体生活的具体要求，使生活困难残疾人家庭度过一个温暖祥和的节日"},
    {c::environmental_benefit, "", qualitative,
     "不涉及环境效益指标，对环境无污染。"},
    {c::sustainable_impact, "慰问政策", qualitative,
     "在历年的慰问工作中，严格执行政策，对全区慰问范围内的困难残疾人家庭做到了全覆盖，虽然有的残疾人对走访慰问政策有点滴不同看法，并呼吁还要加大慰问力度，但在区残联和街道残联工作人员的耐心工作下，也基本做到对本项工作的认同。"},
    {c::beneficiary_satisfaction, "全区符合走访条件的困难残疾人家庭", qualitative,
     "全区符合走访条件的困难残疾人家庭全覆盖"},
};
inline constexpr jixiao::cost_line<jixiao::wan> t10_cost_basis[] = {
    // first half of item 1 (慰问经费); the seed states the combined total 慰问经费为5774000元 for this line and the next:
    // 4594×1000 + 2360×500 = 5,774,000元 (agrees)
    {.item = "特殊困难家庭慰问金", .unit_price = 1000_yuan, .price_unit = "元/户", .quantities = {{4594, "户"}},
     .stated_total = std::nullopt, .text = "特殊困难每户1000元标准共4594户", .truncated = false},
    // second half of item 1; see the combined total 5774000元 above
    {.item = "一般困难家庭慰问金", .unit_price = 500_yuan, .price_unit = "元/户", .quantities = {{2360, "户"}},
     .stated_total = std::nullopt, .text = "一般困难每户500元标准共2360户", .truncated = false},
    // 印刷慰问信 (慰问信和红色信封)
    {.item = "印刷慰问信", .unit_price = 1_yuan, .price_unit = "元/份", .quantities = {{7000, "份"}},
     .stated_total = 7000_yuan, .text = "7000份*1元= 7000元", .truncated = false},
    // 领导入户慰问品; cut off before any total; 15 × 200 = 3,000元
    {.item = "入户慰问品", .unit_price = 200_yuan, .price_unit = "元/份", .quantities = {{15, "份"}},
     .stated_total = std::nullopt, .text = "需要购买入户慰问品15份，每份200元，", .truncated = true},
};
inline constexpr project t10{
    .seq = 10,
    .year = std::chrono::year{2020},
    .name = "元旦春节困难残疾人家庭走访慰问经费",
    .applicant = "北京市丰台区残疾人就业服务中心",
    .implementer = "丰台残联办公室",
    .start = std::chrono::year{2020} / 1 / 1,
    .end = std::chrono::year{2020} / 12 / 31,
    .funding = {{.previous = {.total = 570.4000_wan, .district = 570.4000_wan, .city = 0.0000_wan, .self_raised = 0.0000_wan},
                 .current = {.total = 577.4000_wan, .district = 577.4000_wan}}},
    .goal = "为进一步贯彻落实市、区切实关心困难群体生活的具体要求，使生活困难残疾人家庭度过一个温暖祥和的节日。",
    .indicators = t10_indicators,
    .cost_basis = t10_cost_basis,
    .remarks = "无",
};

// ---- 序号 11: 居家养老（助残）券经费
// Cross-checked: Title 居家养老（助残）券经费 follows the 序号11 labels, whose amounts (prior 900.0000 / current 450.0000)
// continue on the next sheet; the goal (100元助残券 per month) and 7500人 target fit this title. The 产出成本 cell says
// 全年共拨付900万元 — equal to the prior-year column and twice the current 450.0000 (7500 × 100元 × 12 = 900万元 is
// implied, not written).
// The 项目绩效目标 narrative is cut off in the seed.
inline constexpr jixiao::indicator t11_indicators[] = {
    {c::quantity, "申请助残券的残疾人", parse_target("7500人"),
     "从2018年底各街道、镇乡残联上报的申请助残券的残疾人数看，2019年初我区申请助残券的残疾人有7157人，为保障政策受益人享受应有的权益，我们确定产出数量指标到2020年12月31为7500人"},
    {c::quantity, "所有符合条件的残疾人申请审批率", parse_target("达100%"),
     "具体内容为“所有符合条件的残疾人申请审批率达100%”"},
    {c::quality, "发放助残券", qualitative,
     "政策对残疾人申请条件、时间和审批发放时间提出若干规定，因此产出质量具体指标内容为“给予残疾人发放助残券符合政策规定，审批、发放工作及时，保质保量"},
    {c::progress, "实施计划", qualitative,
     "从2020年1月1日开始，于2020年12月31日完成。具体落实中制定了每月的实施计划，并按每月计划全部落实进度具体指标"},
    {c::output_cost, "全年拨付", parse_target("900万元"),
     "按照每月的实施计划，在规定时间拨付助残券资金，全年共拨付900万元."},
    {c::economic_benefit, "", placeholder,
     "无"},
    {c::social_benefit, "残疾人生活质量", qualitative,
     "为满足重度残疾人在生活照料、家政服务、康复护理、心里慰藉等方面的基本生活需求，向符合条件的老年人、残疾人发放养老（助残劵）。其社会效益是提高残疾人生活质量，促进全社会对残疾人的关爱。"},
    {c::environmental_benefit, "", placeholder,
     "无"},
    {c::sustainable_impact, "养老（助残劵）", qualitative,
     "向符合条件的老年人、残疾人发放养老（助残劵），此项政策为长期政策，可使残疾人持续受益。"},
    {c::beneficiary_satisfaction, "残疾人满意度", parse_target("达到95%以上"),
     "残疾人满意度达到95%以上"},
};
inline constexpr project t11{
    .seq = 11,
    .year = std::chrono::year{2020},
    .name = "居家养老（助残）券经费",
    .applicant = "北京市丰台区残疾人就业服务中心",
    .implementer = "丰台残联教就部",
    .start = std::chrono::year{2020} / 1 / 1,
    .end = std::chrono::year{2020} / 12 / 31,
    .funding = {{.previous = {.total = 900.0000_wan, .district = 900.0000_wan, .city = 0.0000_wan, .self_raised = 0.0000_wan},
                 .current = {.total = 450.0000_wan, .district = 450.0000_wan}}},
    .goal = "根据《北京市市民居家养老(助残)服务(“九养”)办法》的意见(京民老龄发〔2009〕504号)、《关于印发〈北京市市民居家养老(助残)券管理使用规定(暂行)〉的通知》(京民老龄发〔2010〕188号)和《关于印发〈16—59周岁无工作重残人居家养老(助残)券发放范围(暂行)〉的通知》(京残发〔2010〕10号)文件的精神，政府每月为16至59周岁无工作重度残疾人、60至79周岁重度残疾人发放100元助残券。为切实解决北京市养老与助残问题，构建北京市城乡一体化的社会化养老助残服务体系，促进老年人、残疾人共",
    .indicators = t11_indicators,
    .cost_basis = {},
    .remarks = "无",
};

// ---- 序号 12: 职业康复劳动项目经费
// Cross-checked: The bare figure 2270400 (元) equals the current total 227.0400万元 (= district 227.0400); title
// 职业康复劳动项目经费 follows the 序号12 labels and its goal cites the 职业康复劳动项目资金补助办法 (京残发〔2014〕3号). 2270400/172 = 13,200元
// per person, not stated.
inline constexpr jixiao::indicator t12_indicators[] = {
    {c::quantity, "", parse_target("172人"),
     "172人"},
    {c::quality, "", parse_target("2270400"),
     "2270400"},
    {c::progress, "", qualitative,
     "按季度"},
    {c::output_cost, "", qualitative,
     "市财政拨款"},
    {c::economic_benefit, "", qualitative,
     "根据《关于印发<北京市残疾人职业康复劳动项目资金补助办法>的通知》（京残发〔2014〕3号）和关于印发《丰台区残疾人职业康复劳动项目资金补助办法实施细则》的通知丰残字〔2019〕4号；北京市残疾人联合会关于印发《2019年北京市建立200个残疾人帮扶性就业基地项"},
    {c::social_benefit, "残疾人就业能力", qualitative,
     "提高残疾人就业能力，促进残疾人实现就业，维护社会稳定。"},
    {c::environmental_benefit, "", placeholder,
     "无"},
    {c::sustainable_impact, "", qualitative,
     "促进康复、融入社会、实现就业"},
    {c::beneficiary_satisfaction, "", parse_target("100%"),
     "100%"},
};
inline constexpr project t12{
    .seq = 12,
    .year = std::chrono::year{2020},
    .name = "职业康复劳动项目经费",
    .applicant = "北京市丰台区残疾人就业服务中心",
    .implementer = "丰台残联教就部",
    .start = std::chrono::year{2020} / 1 / 1,
    .end = std::chrono::year{2020} / 12 / 31,
    .funding = {{.previous = {.total = 0.0000_wan, .district = 0.0000_wan, .city = 0.0000_wan, .self_raised = 0.0000_wan},
                 .current = {.total = 227.0400_wan, .district = 227.0400_wan}}},
    .goal = "根据《关于印发<北京市残疾人职业康复劳动项目资金补助办法>的通知》（京残发〔2014〕3号）和关于印发《丰台区残疾人职业康复劳动项目资金补助办法实施细则》的通知丰残字〔2019〕4号；北京市残疾人联合会关于印发《2019年北京市建立200个残疾人帮扶性就业基地项目实施方案》的通知京残发〔2019〕18号，提高残疾人就业能力，促进残疾人实现就业。",
    .indicators = t12_indicators,
    .cost_basis = {},
    .remarks = "无",
};

// ---- 序号 13: 聘用残疾人专职委员工资
// Cross-checked: 24,737,376 + 601,200 = 25,338,576元 = 2533.8576万元 = the current total to the 元 (prior
// 2400.0000); 334人 matches 现在职残疾人专职委员334名 under the title 聘用残疾人专职委员工资.
inline constexpr jixiao::indicator t13_indicators[] = {
    {c::quantity, "在职残疾人专职委员", parse_target("334名"),
     "现在职残疾人专职委员334名。"},
    {c::quality, "残疾人专职委员的工作", qualitative,
     "通过残疾人专职委员的工作，做到上传下达，使基层残疾人工作顺利开展。一、随时对辖区内残疾人家庭进行入户调查，按照北京市残联残疾人基础信息数据库相关内容，了解残疾人家庭及个人基本情况和就业、康复、教育、文化体育、维权等需求变化情况，及时更新系统数据。通过残疾人专职委员的工作，做到上传下达，帮助残疾人及残疾人家属了解各项政策，使基层残疾人工作顺利开展。二、向街道（乡镇）残联和社区居委会、村民委员会反映残疾人的困难和问题，协助联系各有关方面，为残疾人提供个性化服务。三、协助街道（乡镇）残联完成本社区、村残疾人康复、教育、就业、信访维权、残疾人证办理、辅助器具服务站和温馨家园管理、无障碍监督及家庭无障碍改造，在各重大残疾人节日期间组织文化体育活动，法律宣传等有关业务工作。四、承担社区（村）残协的日常工作。建立健全残疾人"},
    {c::progress, "", qualitative,
     "2020年1月1日-2021年1月31日"},
    {c::output_cost, "工资", parse_target("24737376元"),
     "工资：334人×6172元/每月×12个月=24737376元"},
    {c::output_cost, "调标", parse_target("601200元"),
     "调标：334人×300元/人×6个月=601200元。"},
    {c::economic_benefit, "各项资金", qualitative,
     "通过派遣公司保障各项资金按时发放到残疾人专职委员。"},
    {c::social_benefit, "残疾人的各项工作", qualitative,
     "通过残疾人专职委员的工作，保障残疾人的各项工作顺利开展。"},
    {c::environmental_benefit, "社会稳定", qualitative,
     "通过此项工作能够为保障社会稳定起到一定的作用。"},
    {c::sustainable_impact, "政府的各项政策", qualitative,
     "通过此项工作能够为保障社会稳定起到一定的作用。做到将政府的各项政策及时准确地传达给残疾人的作用。"},
    {c::beneficiary_satisfaction, "残疾人满意率", parse_target("不低于90%"),
     "残疾人满意率不低于90%"},
};
inline constexpr jixiao::cost_line<jixiao::wan> t13_cost_basis[] = {
    {.item = "专职委员工资", .unit_price = 6172_yuan, .price_unit = "元/人·月", .quantities = {{334, "人"}, {12, "月"}},
     .stated_total = 24737376_yuan, .text = "334人×6172元/每月×12个月=24737376元", .truncated = false},
    // 调标 (pay-scale adjustment)
    {.item = "专职委员调标", .unit_price = 300_yuan, .price_unit = "元/人·月", .quantities = {{334, "人"}, {6, "月"}},
     .stated_total = 601200_yuan, .text = "334人×300元/人×6个月=601200元", .truncated = false},
};
inline constexpr project t13{
    .seq = 13,
    .year = std::chrono::year{2020},
    .name = "聘用残疾人专职委员工资",
    .applicant = "北京市丰台区残疾人就业服务中心",
    .implementer = "丰台残联组联部",
    .start = std::chrono::year{2020} / 1 / 1,
    .end = std::chrono::year{2020} / 12 / 31,
    .funding = {{.previous = {.total = 2400.0000_wan, .district = 2400.0000_wan, .city = 0.0000_wan, .self_raised = 0.0000_wan},
                 .current = {.total = 2533.8576_wan, .district = 2533.8576_wan}}},
    .goal = "为保障基层残疾人工资顺利开展。",
    .indicators = t13_indicators,
    .cost_basis = t13_cost_basis,
    .remarks = "无",
};

// ---- 序号 14: 城镇残疾人个体创业就业社会保险补贴
// Cross-checked: No cost basis; title 城镇残疾人个体创业就业社会保险补贴 follows the 序号14 labels (prior 1600.0000 / current
// 1900.0000 = district), its 数量/质量 cells sit under that title and the 进度…其他 cells are the last 绩效指标 block of the
// file, after 序号14's remaining labels.
inline constexpr jixiao::indicator t14_indicators[] = {
    {c::quantity, "享受自主创业就业社会保险补贴残疾人数", parse_target("1779名"),
     "1779名残疾人享受自主创业就业社会保险补贴"},
    {c::quality, "残疾人就业渠道", qualitative,
     "拓宽了残疾人就业渠道，解决了残疾人社会保险待遇问题"},
    {c::progress, "实施计划", qualitative,
     "从2020年1月1日开始，于2020年12月31日完成。具体落实中制定了每月的实施计划，并按每月计划全部落实进度具体指标"},
    {c::output_cost, "", placeholder,
     "无"},
    {c::economic_benefit, "", placeholder,
     "无"},
    {c::social_benefit, "残疾人生活状况", qualitative,
     "改善了残疾人生活状况，使残疾人平等参与社会生活，促进越来越多的残疾人纳入社会保险体系"},
    {c::environmental_benefit, "", placeholder,
     "无"},
    {c::sustainable_impact, "社会保障体系", qualitative,
     "完善社会保障体系，促进社会和谐，实现老有所养的社会建设目标"},
    {c::beneficiary_satisfaction, "满意度", parse_target("100%"),
     "满意度100%"},
};
inline constexpr project t14{
    .seq = 14,
    .year = std::chrono::year{2020},
    .name = "城镇残疾人个体创业就业社会保险补贴",
    .applicant = "北京市丰台区残疾人就业服务中心",
    .implementer = "丰台残联教就部",
    .start = std::chrono::year{2020} / 1 / 1,
    .end = std::chrono::year{2020} / 12 / 31,
    .funding = {{.previous = {.total = 1600.0000_wan, .district = 1600.0000_wan, .city = 0.0000_wan, .self_raised = 0.0000_wan},
                 .current = {.total = 1900.0000_wan, .district = 1900.0000_wan}}},
    .goal = "为鼓励残疾人从事个体经营或灵活就业，拓宽残疾人就业渠道，做好城镇个体就业残疾人参加社会保险工作；解决具有本市城镇户籍并参加了社会保险的残疾人（以下简称参保残疾人）达到国家规定退休年龄时，未达到规定的缴费年限不能按月领取基本养老金和享受退休人员基本医疗保险待遇问题。",
    .indicators = t14_indicators,
    .cost_basis = {},
    .remarks = "无",
};

/// The fourteen tables in 序号 order.
inline constexpr std::array<project, 14> tables{t01, t02, t03, t04, t05, t06, t07, t08, t09, t10, t11, t12, t13, t14};

}  // namespace fengtai_2020
