/**
 * The invented world of the sample year: property companies, communities, people, and what customers
 * call about. All names, companies and phone numbers are fictitious.
 */

export const PROPERTY_COMPANIES = ["青岛安居物业服务有限公司", "青岛海润物业管理有限公司", "青岛颐和园林物业服务有限公司"] as const;

export interface CommunityInfo {
  name: string;
  company: string;
  households: number;
  /** Handover date `YYYY-MM-DD`. */
  handover: string;
  buildings: number;
  units: number;
  floors: number;
}

export const COMMUNITIES: readonly CommunityInfo[] = [
  { name: "海悦华庭", company: PROPERTY_COMPANIES[0], households: 1280, handover: "2019-06-28", buildings: 16, units: 3, floors: 18 },
  { name: "翠湖湾", company: PROPERTY_COMPANIES[0], households: 960, handover: "2020-12-18", buildings: 12, units: 2, floors: 26 },
  { name: "金岸名邸", company: PROPERTY_COMPANIES[0], households: 640, handover: "2024-09-28", buildings: 8, units: 2, floors: 18 },
  { name: "枫林苑", company: PROPERTY_COMPANIES[1], households: 1520, handover: "2018-05-20", buildings: 20, units: 3, floors: 11 },
  { name: "观澜府", company: PROPERTY_COMPANIES[1], households: 880, handover: "2025-06-30", buildings: 11, units: 2, floors: 24 },
  { name: "锦绣东方", company: PROPERTY_COMPANIES[1], households: 1150, handover: "2021-10-15", buildings: 14, units: 3, floors: 17 },
  { name: "云溪花园", company: PROPERTY_COMPANIES[2], households: 720, handover: "2022-11-26", buildings: 9, units: 2, floors: 15 },
  { name: "滨海一号", company: PROPERTY_COMPANIES[2], households: 560, handover: "2025-12-20", buildings: 7, units: 2, floors: 30 },
];

export const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
export const GIVEN_CHARS = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红娥建华文辉力志强春梅海燕金凤国庆晓东丹丹雪梅慧敏浩然子涵欣怡宇轩梓萱俊杰晨阳佳怡博文";

/** Mobile prefixes of the big three carriers; the rest of the number is random (fictitious). */
export const MOBILE_PREFIXES = ["130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "155", "157", "158", "159", "176", "177", "180", "182", "183", "185", "186", "187", "188", "189", "199"];

/** Channels as the clerk writes them, with how often each occurs. */
export const CHANNELS: readonly (readonly [string, number])[] = [
  ["电话", 52],
  ["来访", 16],
  ["物业转交", 12],
  ["巡检", 6],
  ["销售转交", 5],
  ["意见箱", 4],
  ["信函", 3],
  ["传真", 2],
];

export const RESPONSIBLE = {
  property: "物业公司",
  engineering: "工程部",
  sales: "销售部",
  design: "设计部",
  contractor: "维修单位",
} as const;
export type ResponsibleKey = keyof typeof RESPONSIBLE;

/**
 * What a case is about. Templates: {unit} "3号楼2单元501", {b} building, {u} unit, {room} room,
 * {place} a public place. `season` multiplies the weight per month (Jan first).
 */
export interface CaseKind {
  id: string;
  category: "投诉" | "维修" | "日常" | "建议";
  weight: number;
  responsible: readonly (readonly [ResponsibleKey, number])[];
  season?: readonly number[];
  /** Probability the case is a major quality issue (§5.6.1). */
  major?: number;
  texts: readonly string[];
}

const RAIN = [0.4, 0.4, 0.6, 0.8, 1, 1.6, 3.2, 3.6, 1.8, 0.8, 0.5, 0.4];
const HEATING = [2.6, 1.6, 0.6, 0.1, 0, 0, 0, 0, 0, 0.2, 2.8, 3.4];

export const CASE_KINDS: readonly CaseKind[] = [
  {
    id: "leak",
    category: "维修",
    weight: 14,
    season: RAIN,
    major: 0.05,
    responsible: [["contractor", 6], ["engineering", 3]],
    texts: [
      "{unit}卫生间顶棚渗水，要求尽快维修",
      "{unit}客厅外墙窗边雨天渗水，墙面发霉",
      "{unit}次卧飘窗下方渗水，墙纸起鼓",
      "{unit}阳台地漏反水，积水无法排出",
      "{unit}厨房顶棚有水渍，怀疑楼上防水层破损",
      "{b}号楼地下室墙面渗水，储藏室物品受潮",
      "{unit}主卧外墙连续降雨后渗水严重，已影响居住",
    ],
  },
  {
    id: "heating",
    category: "维修",
    weight: 8,
    season: HEATING,
    responsible: [["contractor", 4], ["property", 3], ["engineering", 1]],
    texts: [
      "{unit}暖气不热，室温仅14度",
      "{unit}地暖分水器接口漏水",
      "{unit}卫生间暖气片阀门滴水",
      "{b}号楼{u}单元供暖管道有异响，整栋楼温度偏低",
      "{unit}地暖一路不热，要求排查",
    ],
  },
  {
    id: "defect",
    category: "维修",
    weight: 12,
    major: 0.03,
    responsible: [["contractor", 5], ["engineering", 4]],
    texts: [
      "{unit}入户门关闭不严，门框变形",
      "{unit}塑钢窗密封条脱落，窗扇漏风",
      "{unit}客厅墙面开裂，裂缝长约1米",
      "{unit}卫生间地砖空鼓",
      "{unit}厨房下水管堵塞，反复疏通无效",
      "{unit}户内电路跳闸，插座无电",
      "{unit}阳台栏杆松动，存在安全隐患",
      "{b}号楼{u}单元楼道墙皮脱落",
      "{unit}卧室木地板起拱",
    ],
  },
  {
    id: "structure",
    category: "投诉",
    weight: 3,
    major: 0.6,
    responsible: [["engineering", 5], ["design", 1]],
    texts: [
      "{unit}多面墙体出现贯穿裂缝，多次维修未果，业主要求鉴定",
      "{b}号楼外墙保温层大面积空鼓脱落，砸坏车辆",
      "{unit}楼板裂缝渗水，业主担心结构安全",
      "{b}号楼地下车库顶板渗漏，多辆车被淋",
    ],
  },
  {
    id: "design",
    category: "投诉",
    weight: 3,
    responsible: [["design", 1]],
    texts: [
      "{unit}厨房烟道设计不合理，油烟倒灌",
      "{unit}卫生间排风口位置与图纸不符",
      "{b}号楼{u}单元单元门厅无障碍坡道坡度过陡",
      "{unit}空调外机位尺寸不足，无法安装",
      "{b}号楼采光井设计导致一楼住户采光差",
    ],
  },
  {
    id: "property-service",
    category: "投诉",
    weight: 14,
    responsible: [["property", 1]],
    texts: [
      "{b}号楼电梯经常停运，物业处理不及时",
      "物业保洁不到位，{b}号楼楼道垃圾多日未清",
      "{place}照明损坏两周，物业拖延不修",
      "小区夜间装修噪音扰民，物业未制止",
      "小区门岗随意放行外来车辆，{place}被占用",
      "物业绿化修剪不及时，{b}号楼前杂草丛生",
      "物业工作人员态度恶劣，业主投诉",
      "{place}积水严重，物业未及时处理",
      "小区宠物粪便无人清理，物业管理不到位",
      "{b}号楼消防通道被杂物堵塞，物业未清理",
      "物业收费标准不透明，业主质疑",
    ],
  },
  {
    id: "property-repair",
    category: "维修",
    weight: 8,
    responsible: [["property", 1]],
    texts: [
      "{b}号楼{u}单元楼道声控灯不亮",
      "{b}号楼单元门禁损坏，刷卡无反应",
      "{place}道闸故障，车辆进出排队",
      "{b}号楼{u}单元电梯按钮失灵",
      "{place}健身器材损坏",
    ],
  },
  {
    id: "sales",
    category: "投诉",
    weight: 4,
    responsible: [["sales", 1]],
    texts: [
      "销售承诺赠送的储藏室至今未兑现",
      "{unit}业主反映交房面积与合同不符，要求核实",
      "销售人员宣传的小区配套幼儿园未建设",
      "购房时承诺的车位价格与实际不符",
      "{unit}业主质疑交房标准低于样板间",
    ],
  },
  {
    id: "enquiry",
    category: "日常",
    weight: 14,
    responsible: [["sales", 3], ["property", 3]],
    texts: [
      "咨询房产证办理进度",
      "咨询物业费缴纳标准及缴费方式",
      "询问交房资料及钥匙领取时间",
      "咨询装修申请流程及押金",
      "咨询车位租售价格",
      "咨询契税发票领取时间",
      "询问燃气开通办理流程",
      "咨询房屋保修期限及范围",
    ],
  },
  {
    id: "suggestion",
    category: "建议",
    weight: 5,
    responsible: [["property", 4], ["engineering", 1]],
    texts: [
      "建议小区增设电动车充电桩",
      "建议增加儿童游乐设施",
      "建议延长门岗夜间值守时间",
      "建议{place}增设监控摄像头",
      "建议在{b}号楼前增设快递柜",
      "建议小区垃圾分类点加装洗手池",
    ],
  },
];

export const PUBLIC_PLACES = ["地下车库", "南门", "北门", "中心广场", "儿童游乐场", "东侧停车场", "会所", "西门岗亭", "小区主干道"];

export const STATUSES = { done: "已完成", open: "处理中", waiting: "待回访", closed: "已关闭" } as const;

export const SATISFACTION: readonly (readonly [string, number])[] = [
  ["满意", 70],
  ["基本满意", 22],
  ["不满意", 8],
];

export const NOTES = ["业主要求上门前电话联系", "已发短信告知处理进度", "业主多次来电催促", "需协调楼上住户入户查看", "业主情绪激动，重点跟进", "已拍照存档"];

/** Inspection items and problems for the monthly checks of each community (§5.7.2). */
export const INSPECTION_ITEMS: readonly { item: string; problems: readonly string[] }[] = [
  { item: "环境卫生", problems: ["{b}号楼楼道有堆积杂物", "垃圾桶满溢未及时清运", "{place}地面油污未清理"] },
  { item: "绿化养护", problems: ["{b}号楼前草坪枯黄", "绿篱未修剪", "{place}树木缺株未补种"] },
  { item: "秩序维护", problems: ["门岗人员脱岗", "外来车辆未登记", "{place}车辆乱停放"] },
  { item: "设施设备", problems: ["{b}号楼电梯年检标志过期", "消防栓箱内水带缺失", "{place}照明不亮"] },
  { item: "客户服务", problems: ["报修记录不完整", "业主投诉未按时回复", "前台未公示收费标准"] },
];
