<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>Planner hit an internal error; your saved data is unchanged.

{error}</source>
        <translation>分期规划遇到内部错误；已保存的数据没有改变。

{error}</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <source>Remaining balance</source>
        <translation>剩余本金</translation>
    </message>
    <message>
        <source>Original plan</source>
        <translation>原计划</translation>
    </message>
    <message>
        <source>With the prepayment</source>
        <translation>提前还款后</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>每期还款</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总成本</translation>
    </message>
    <message>
        <source>True APR</source>
        <translation>综合年化成本</translation>
    </message>
    <message>
        <source>Effective annual rate</source>
        <translation>有效年利率</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>最后一期</translation>
    </message>
    <message>
        <source>Costs more by</source>
        <translation>多花费</translation>
    </message>
    <message>
        <source>{rank} (cheapest)</source>
        <translation>{rank}（最便宜）</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Each lender quotes its price its own way. Enter the offers as quoted; they are ranked by their true annual rate.</source>
        <translation>各家机构的报价方式各不相同。按对方的报价原样录入，系统按综合年化成本排序。</translation>
    </message>
    <message>
        <source>Offers to compare</source>
        <translation>待比较的方案</translation>
    </message>
    <message>
        <source>&amp;Add an offer…</source>
        <translation>添加方案(&amp;A)…</translation>
    </message>
    <message>
        <source>From my &amp;items</source>
        <translation>从我的账目添加(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Load an e&amp;xample</source>
        <translation>载入示例(&amp;X)</translation>
    </message>
    <message>
        <source>APR convention</source>
        <translation>年化利率口径</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Offers ranked</source>
        <translation>方案排名</translation>
    </message>
    <message>
        <source>Cost of credit over time</source>
        <translation>借款成本随时间变化</translation>
    </message>
    <message>
        <source>APR &amp;convention</source>
        <translation>年化口径(&amp;C)</translation>
    </message>
    <message>
        <source>Compare offers</source>
        <translation>比较方案</translation>
    </message>
    <message>
        <source>Card installment, 0.6% a month fee</source>
        <translation>信用卡分期，月手续费率0.6%</translation>
    </message>
    <message>
        <source>Cash loan, 0.03% a day</source>
        <translation>消费贷，日利率0.03%</translation>
    </message>
    <message>
        <source>Bank loan, 6% a year, 300 fee</source>
        <translation>银行贷款，年利率6%，手续费300</translation>
    </message>
    <message>
        <source>{name} — {amount}, {rate}, {term} payments</source>
        <translation>{name} — {amount}，{rate}，共{term}期</translation>
    </message>
    <message>
        <source>Add at least two offers (up to six) to compare them.</source>
        <translation>请至少添加两个方案（最多六个）进行比较。</translation>
    </message>
    <message>
        <source>These offers cannot be compared: {problem}</source>
        <translation>这些方案无法比较：{problem}</translation>
    </message>
    <message>
        <source>Cheapest: {best} at {apr} a year. The dearest, {worst}, costs {extra} more.</source>
        <translation>最便宜：{best}，综合年化成本{apr}。最贵的是{worst}，要多花{extra}。</translation>
    </message>
</context>
<context>
    <name>CorruptFileDialog</name>
    <message>
        <source>Planner cannot read your data</source>
        <translation>分期规划无法读取您的数据</translation>
    </message>
    <message>
        <source>The file {path} cannot be read.</source>
        <translation>无法读取文件 {path}。</translation>
    </message>
    <message>
        <source>It has been left exactly as it is. Reason: {detail}</source>
        <translation>该文件保持原样，未作任何改动。原因：{detail}</translation>
    </message>
    <message>
        <source>The newest backup is {backup}.</source>
        <translation>最新的备份是 {backup}。</translation>
    </message>
    <message>
        <source>There is no backup of this profile.</source>
        <translation>此档案没有备份。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>打开备份</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>CumulativeCostChart</name>
    <message>
        <source>Cost of credit paid so far</source>
        <translation>累计已付利息和手续费</translation>
    </message>
</context>
<context>
    <name>FeesEditor</name>
    <message>
        <source>Add a fee</source>
        <translation>添加一项费用</translation>
    </message>
    <message>
        <source>When the fee is paid</source>
        <translation>费用的支付方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Fee amount</source>
        <translation>费用金额</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove this fee</source>
        <translation>移除此项费用</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>Owed today</source>
        <translation>当前欠款</translation>
    </message>
    <message>
        <source>Regular payment</source>
        <translation>每期还款</translation>
    </message>
    <message>
        <source>Total cost of credit</source>
        <translation>借款总成本</translation>
    </message>
    <message>
        <source>True APR</source>
        <translation>综合年化成本</translation>
    </message>
    <message>
        <source>Effective annual rate</source>
        <translation>有效年利率</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>最后一期</translation>
    </message>
    <message>
        <source>Paid so far</source>
        <translation>已还金额</translation>
    </message>
    <message>
        <source>Repayment schedule</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <source>Remaining balance chart</source>
        <translation>剩余本金图</translation>
    </message>
    <message>
        <source>Principal and interest chart</source>
        <translation>本金与利息图</translation>
    </message>
    <message>
        <source>Payments made</source>
        <translation>还款记录</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Repay early?</source>
        <translation>提前还款？</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>账目详情</translation>
    </message>
    <message>
        <source>Select an item to see its schedule</source>
        <translation>选择一项账目以查看其还款计划</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>欠款</translation>
    </message>
    <message>
        <source>Next payment</source>
        <translation>下期应还</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Rate as quoted</source>
        <translation>标称利率</translation>
    </message>
    <message>
        <source>True APR</source>
        <translation>综合年化成本</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>最后一期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>{name} (…{last4})</source>
        <translation>{name}（尾号{last4}）</translation>
    </message>
    <message>
        <source>Overdue {amount}</source>
        <translation>逾期 {amount}</translation>
    </message>
    <message>
        <source>The engine could not analyse this item.</source>
        <translation>计算引擎无法分析此账目。</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Record a &amp;payment…</source>
        <translation>记录还款(&amp;P)…</translation>
    </message>
    <message>
        <source>Mark paid &amp;off</source>
        <translation>标记为已结清(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Credit lines</source>
        <translation>信用借款</translation>
    </message>
    <message>
        <source>No cards yet. Add one with its balance, its daily or annual rate and its minimum payment.</source>
        <translation>还没有信用卡。添加时填写欠款余额、日利率或年利率以及最低还款。</translation>
    </message>
    <message>
        <source>No installment plans yet. Add one the way the shop quotes it: amount, number of months, monthly fee rate.</source>
        <translation>还没有分期。按商家的报价添加：金额、期数、月手续费率。</translation>
    </message>
    <message>
        <source>No loans yet. Add one with its amount, term and rate.</source>
        <translation>还没有贷款。添加时填写金额、期限和利率。</translation>
    </message>
    <message>
        <source>No credit-line draws yet. Add one with its daily rate and how it is repaid.</source>
        <translation>还没有信用借款。添加时填写日利率和还款方式。</translation>
    </message>
    <message>
        <source>Mark &amp;active</source>
        <translation>标记为未结清(&amp;A)</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>删除“{name}”？</translation>
    </message>
    <message>
        <source>Delete {name} and the payments recorded for it? Edit ▸ Undo brings it back.</source>
        <translation>删除“{name}”及其还款记录吗？可用“编辑 ▸ 撤销”恢复。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Credit card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <source>Installment plan</source>
        <translation>分期付款</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Credit line draw</source>
        <translation>信用借款</translation>
    </message>
    <message>
        <source>Equal installments (annuity)</source>
        <translation>等额本息</translation>
    </message>
    <message>
        <source>Equal principal</source>
        <translation>等额本金</translation>
    </message>
    <message>
        <source>Interest only, then balloon</source>
        <translation>先息后本</translation>
    </message>
    <message>
        <source>Principal and interest at maturity</source>
        <translation>到期一次还本付息</translation>
    </message>
    <message>
        <source>Installments with a monthly fee</source>
        <translation>分期（按月收手续费）</translation>
    </message>
    <message>
        <source>Interest free</source>
        <translation>免息</translation>
    </message>
    <message>
        <source>Annual rate</source>
        <translation>年利率</translation>
    </message>
    <message>
        <source>Monthly rate</source>
        <translation>月利率</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>日利率</translation>
    </message>
    <message>
        <source>Monthly fee rate</source>
        <translation>月手续费率</translation>
    </message>
    <message>
        <source>Flat (add-on) annual rate</source>
        <translation>按初始本金计息的年利率</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>%/年</translation>
    </message>
    <message>
        <source>% a month</source>
        <translation>%/月</translation>
    </message>
    <message>
        <source>% a day</source>
        <translation>%/日</translation>
    </message>
    <message>
        <source>% of the amount a month</source>
        <translation>%/月（按初始本金）</translation>
    </message>
    <message>
        <source>% flat a year</source>
        <translation>%/年（按初始本金）</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Twice a month</source>
        <translation>每半月</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>每两周</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Paid at signing</source>
        <translation>签约时一次付清</translation>
    </message>
    <message>
        <source>With every payment</source>
        <translation>每期随还款支付</translation>
    </message>
    <message>
        <source>Added to the loan</source>
        <translation>计入借款本金</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>未结清</translation>
    </message>
    <message>
        <source>Paid off</source>
        <translation>已结清</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation>有争议</translation>
    </message>
    <message>
        <source>China (PBoC, IRR method)</source>
        <translation>中国（人民银行，IRR法）</translation>
    </message>
    <message>
        <source>US (Regulation Z)</source>
        <translation>美国（Z条例）</translation>
    </message>
    <message>
        <source>EU (APRC)</source>
        <translation>欧盟（APRC）</translation>
    </message>
    <message>
        <source>{value}{unit}</source>
        <translation>{value}{unit}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your profile…</source>
        <translation>正在打开您的档案…</translation>
    </message>
    <message>
        <source>All figures are up to date.</source>
        <translation>所有数字均已更新。</translation>
    </message>
    <message>
        <source>Working out schedules… %v/%m</source>
        <translation>正在计算还款计划… %v/%m</translation>
    </message>
    <message>
        <source>Planner — personal credit</source>
        <translation>分期规划 — 个人信贷</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>分期规划</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>{page} (Ctrl+{n})</source>
        <translation>{page}（Ctrl+{n}）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import a portfolio…</source>
        <translation>导入账目(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export the portfolio…</source>
        <translation>导出账目(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Planner</source>
        <translation>关于分期规划(&amp;A)</translation>
    </message>
    <message>
        <source>About Planner</source>
        <translation>关于分期规划</translation>
    </message>
    <message>
        <source>Planner {version}: cards, installment plans, cash loans and loans with their true annual rate, kept on this computer only, encrypted.</source>
        <translation>分期规划 {version}：信用卡、分期、消费贷和贷款及其综合年化成本。数据仅加密保存在本机。</translation>
    </message>
</context>
<context>
    <name>ObligationsChart</name>
    <message>
        <source>Monthly payments, next 24 months</source>
        <translation>未来24个月每月还款</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <source>Income after essentials</source>
        <translation>扣除必要开支后的收入</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>密码不正确，请重试。</translation>
    </message>
    <message>
        <source>There is no scenario called &quot;{name}&quot;.</source>
        <translation>没有名为“{name}”的情景。</translation>
    </message>
    <message>
        <source>Planner cannot open your profile</source>
        <translation>分期规划无法打开您的档案</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Total owed</source>
        <translation>欠款总额</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>本月应还</translation>
    </message>
    <message>
        <source>Due next month</source>
        <translation>下月应还</translation>
    </message>
    <message>
        <source>Debt-free on</source>
        <translation>无债日期</translation>
    </message>
    <message>
        <source>Payments take of income</source>
        <translation>还款占收入比例</translation>
    </message>
    <message>
        <source>Monthly payments for the next 24 months</source>
        <translation>未来24个月每月还款</translation>
    </message>
    <message>
        <source>Payments due in the next 30 days</source>
        <translation>未来30天内到期的还款</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>未来30天到期</translation>
    </message>
    <message>
        <source>Nothing falls due in the next 30 days.</source>
        <translation>未来30天内没有到期的还款。</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>还款负担</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Nothing needs your attention right now.</source>
        <translation>目前没有需要注意的事项。</translation>
    </message>
    <message>
        <source>{name}: {amount} was due on {date} and is not paid.</source>
        <translation>{name}：{amount}已于{date}到期，尚未还款。</translation>
    </message>
    <message>
        <source>{name} · {count} open items</source>
        <translation>{name} · {count}项未结清</translation>
    </message>
    <message>
        <source>My household</source>
        <translation>我的家庭</translation>
    </message>
    <message>
        <source>principal still to repay</source>
        <translation>尚未偿还的本金</translation>
    </message>
    <message>
        <source>when the last payment falls due</source>
        <translation>最后一笔还款的到期日</translation>
    </message>
    <message>
        <source>next month, of {income} income</source>
        <translation>下月，占收入{income}的比例</translation>
    </message>
    <message>
        <source>enter your income in Settings</source>
        <translation>请在“设置”中填写收入</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Credit lines</source>
        <translation>信用借款</translation>
    </message>
    <message>
        <source>Compare offers</source>
        <translation>比较方案</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase for {profile}</source>
        <translation>“{profile}”的密码</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the key of your encrypted data. Choose a passphrase: you will type it each time Planner opens. It cannot be recovered if you forget it.</source>
        <translation>这台电脑没有可保存加密密钥的钥匙串。请设置一个密码：每次打开分期规划时都需要输入。忘记密码将无法找回。</translation>
    </message>
    <message>
        <source>Type the passphrase of the profile &quot;{profile}&quot;.</source>
        <translation>请输入档案“{profile}”的密码。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>密码至少需要{n}个字符。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>记录还款</translation>
    </message>
    <message>
        <source>A payment you made to {name}. The balance follows the money actually paid.</source>
        <translation>您向“{name}”的一笔还款。欠款按实际还款金额计算。</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>还款日期</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>还款金额</translation>
    </message>
    <message>
        <source>&amp;Paid on</source>
        <translation>还款日期(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The item starts on {start}; a payment cannot be earlier.</source>
        <translation>此账目从{start}开始，还款日期不能早于该日。</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>请输入还款金额。</translation>
    </message>
    <message>
        <source>The amount must be a number above zero.</source>
        <translation>金额必须是大于零的数字。</translation>
    </message>
    <message>
        <source>Amounts have at most two decimals (fen).</source>
        <translation>金额最多两位小数（到分）。</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Paid on</source>
        <translation>还款日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>PrepaymentPanel</name>
    <message>
        <source>Amount repaid early</source>
        <translation>提前还款金额</translation>
    </message>
    <message>
        <source>Date of the early repayment</source>
        <translation>提前还款日期</translation>
    </message>
    <message>
        <source>Keep the payment, finish sooner</source>
        <translation>月供不变，缩短期限</translation>
    </message>
    <message>
        <source>Keep the end date, pay less each time</source>
        <translation>期限不变，减少月供</translation>
    </message>
    <message>
        <source>What the early repayment buys</source>
        <translation>提前还款的方式</translation>
    </message>
    <message>
        <source>Repay &amp;early</source>
        <translation>提前还款(&amp;E)</translation>
    </message>
    <message>
        <source>O&amp;n</source>
        <translation>日期(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>方式(&amp;T)</translation>
    </message>
    <message>
        <source>Money saved</source>
        <translation>节省的金额</translation>
    </message>
    <message>
        <source>Prepayment what-if</source>
        <translation>提前还款试算</translation>
    </message>
    <message>
        <source>Balance with and without the prepayment</source>
        <translation>提前还款前后的剩余本金</translation>
    </message>
    <message>
        <source>A what-if needs a loan, plan or credit-line draw.</source>
        <translation>试算只适用于贷款、分期或信用借款。</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <source>Choose a date between the start and the last payment.</source>
        <translation>请选择起始日与最后一期之间的日期。</translation>
    </message>
    <message>
        <source>This prepayment cannot be worked out: {problem}</source>
        <translation>无法计算这笔提前还款：{problem}</translation>
    </message>
    <message>
        <source>You would save {saved} in interest and fees.</source>
        <translation>可节省利息和手续费{saved}。</translation>
    </message>
    <message>
        <source>The last payment moves from {before} to {after}.</source>
        <translation>最后一期从{before}提前到{after}。</translation>
    </message>
    <message>
        <source>Payments after it: about {payment}.</source>
        <translation>之后每期约还{payment}。</translation>
    </message>
</context>
<context>
    <name>ProductChecks</name>
    <message>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not an amount.</source>
        <translation>“{text}”不是有效金额。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Amounts have at most two decimals (fen).</source>
        <translation>金额最多两位小数（到分）。</translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>Enter the rate in percent.</source>
        <translation>请以百分比输入利率。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a number.</source>
        <translation>“{text}”不是数字。</translation>
    </message>
    <message>
        <source>A rate cannot be negative.</source>
        <translation>利率不能为负数。</translation>
    </message>
    <message>
        <source>That is over 1000% a year. Type the rate in percent: 0.05 for 0.05% a day.</source>
        <translation>这相当于年化超过1000%。请以百分比输入利率：日利率0.05%就输入0.05。</translation>
    </message>
    <message>
        <source>The minimum is a percentage above 0 and at most 100.</source>
        <translation>最低还款比例须大于0且不超过100。</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>请输入{low}到{high}之间的整数。</translation>
    </message>
    <message>
        <source>The first payment cannot be before the start date.</source>
        <translation>首期还款日不能早于放款日期。</translation>
    </message>
    <message>
        <source>This looks like a full card number. Keep only the last four digits.</source>
        <translation>这看起来是完整的卡号。请只保留后四位。</translation>
    </message>
    <message>
        <source>Exactly four digits, the end of the card number.</source>
        <translation>请输入卡号的最后四位数字。</translation>
    </message>
    <message>
        <source>A monthly fee rate is charged on the original amount: choose &quot;Installments with a monthly fee&quot;.</source>
        <translation>月手续费按初始本金收取：请选择“分期（按月收手续费）”。</translation>
    </message>
    <message>
        <source>An interest-free plan has no rate; enter its charge as a fee.</source>
        <translation>免息分期没有利率；请把收费作为费用录入。</translation>
    </message>
    <message>
        <source>Give it a name you will recognise.</source>
        <translation>请起一个您认得出的名称。</translation>
    </message>
    <message>
        <source>Not accepted: {problem}</source>
        <translation>无法接受：{problem}</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <source>Offer</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>新建{kind}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>编辑“{name}”</translation>
    </message>
    <message>
        <source>% of the statement</source>
        <translation>%（账单金额）</translation>
    </message>
    <message>
        <source>&amp;Balance owed</source>
        <translation>欠款余额(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Amount borrowed</source>
        <translation>借款金额(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Statement date</source>
        <translation>账单日(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>放款日期(&amp;S)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. JD Baitiao laptop</source>
        <translation>例如：白条分期 笔记本电脑</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>e.g. China Merchants Bank</source>
        <translation>例如：招商银行</translation>
    </message>
    <message>
        <source>Last four digits of the card</source>
        <translation>卡号后四位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>放款日期</translation>
    </message>
    <message>
        <source>First payment on</source>
        <translation>首期还款日</translation>
    </message>
    <message>
        <source>Set the first payment date</source>
        <translation>指定首期还款日</translation>
    </message>
    <message>
        <source>First payment date</source>
        <translation>首期还款日期</translation>
    </message>
    <message>
        <source>Number of payments</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>还款频率</translation>
    </message>
    <message>
        <source>Repayment method</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <source>How the rate is quoted</source>
        <translation>利率的报价方式</translation>
    </message>
    <message>
        <source>Rate in percent</source>
        <translation>利率（百分比）</translation>
    </message>
    <message>
        <source>Minimum payment, percent of the statement</source>
        <translation>最低还款占账单金额的百分比</translation>
    </message>
    <message>
        <source>plus the interest and fees charged</source>
        <translation>另加当期利息和费用</translation>
    </message>
    <message>
        <source>Minimum payment includes interest and fees</source>
        <translation>最低还款包含利息和费用</translation>
    </message>
    <message>
        <source>Smallest minimum payment</source>
        <translation>最低还款下限</translation>
    </message>
    <message>
        <source>Grace days after the statement</source>
        <translation>账单日后的免息天数</translation>
    </message>
    <message>
        <source>How you repay the card</source>
        <translation>信用卡的还款方式</translation>
    </message>
    <message>
        <source>Only the minimum</source>
        <translation>只还最低还款</translation>
    </message>
    <message>
        <source>A fixed amount each month</source>
        <translation>每月还固定金额</translation>
    </message>
    <message>
        <source>Clear it in a number of months</source>
        <translation>在若干个月内还清</translation>
    </message>
    <message>
        <source>Monthly amount or number of months</source>
        <translation>每月金额或月数</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>By currency (the law where the loan is made)</source>
        <translation>按币种（借款所在地的法规）</translation>
    </message>
    <message>
        <source>APR convention</source>
        <translation>年化利率口径</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Lender</source>
        <translation>机构(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Card ending</source>
        <translation>卡号尾号</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>期数(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repayment</source>
        <translation>还款方式(&amp;R)</translation>
    </message>
    <message>
        <source>Ra&amp;te as quoted</source>
        <translation>标称利率(&amp;T)</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>&amp;Minimum payment</source>
        <translation>最低还款(&amp;M)</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>不低于</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>免息期天数</translation>
    </message>
    <message>
        <source>You pay</source>
        <translation>您的还法</translation>
    </message>
    <message>
        <source>APR &amp;convention</source>
        <translation>年化口径(&amp;C)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>What it really costs</source>
        <translation>实际成本</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>每期还款</translation>
    </message>
    <message>
        <source>Total interest</source>
        <translation>利息合计</translation>
    </message>
    <message>
        <source>Total fees</source>
        <translation>手续费合计</translation>
    </message>
    <message>
        <source>Total cost of credit</source>
        <translation>借款总成本</translation>
    </message>
    <message>
        <source>True APR</source>
        <translation>综合年化成本</translation>
    </message>
    <message>
        <source>Effective annual rate</source>
        <translation>有效年利率</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>最后一期</translation>
    </message>
    <message>
        <source>Schedule preview</source>
        <translation>还款计划预览</translation>
    </message>
    <message>
        <source>Balance chart</source>
        <translation>剩余本金图</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>These terms never repay the amount: {problem}</source>
        <translation>按这些条件永远还不清：{problem}</translation>
    </message>
    <message>
        <source>Correct the marked field to save.</source>
        <translation>请先更正标出的字段再保存。</translation>
    </message>
    <message>
        <source>Give it a name you will recognise.</source>
        <translation>请起一个您认得出的名称。</translation>
    </message>
    <message>
        <source>{convention}. The quoted fee looks like {quoted} a year; charged on the original amount it really costs {apr}.</source>
        <translation>{convention}。标称费率看起来是每年{quoted}；由于按初始本金收取，实际成本为{apr}。</translation>
    </message>
    <message>
        <source>Paid this way, the card is clear after {months} months.</source>
        <translation>按这种方式还款，{months}个月后还清。</translation>
    </message>
    <message>
        <source>Several rates solve these payments; the lowest positive one is shown.</source>
        <translation>有多个利率满足这些现金流；显示最小的正值。</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>No.</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>每期还款</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手续费</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>剩余本金</translation>
    </message>
    <message>
        <source>{n} (early)</source>
        <translation>{n}（提前还款）</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <extracomment>Each language named in itself, so anyone can find their own.</extracomment>
        <translation>语言</translation>
    </message>
    <message>
        <source>Default APR convention</source>
        <translation>默认年化利率口径</translation>
    </message>
    <message>
        <source>By currency (the law where the loan is made)</source>
        <translation>按币种（借款所在地的法规）</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>True APR &amp;convention</source>
        <translation>年化成本口径(&amp;C)</translation>
    </message>
    <message>
        <source>China: PBoC 2021 No. 3, IRR method. US: Regulation Z, Appendix J. EU: Directive 2008/48/EC, Annex I.</source>
        <translation>中国：中国人民银行公告〔2021〕第3号，IRR法。美国：Z条例附录J。欧盟：2008/48/EC指令附件一。</translation>
    </message>
    <message>
        <source>Household, per month</source>
        <translation>家庭收支（每月）</translation>
    </message>
    <message>
        <source>&amp;Income after tax</source>
        <translation>税后收入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Essential spending</source>
        <translation>必要开支(&amp;E)</translation>
    </message>
    <message>
        <source>Cash &amp;buffer</source>
        <translation>应急现金(&amp;B)</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>应用(&amp;P)</translation>
    </message>
    <message>
        <source>Apply household figures</source>
        <translation>应用家庭收支数字</translation>
    </message>
    <message>
        <source>Stress thresholds</source>
        <translation>压力阈值</translation>
    </message>
    <message>
        <source>Caution when debt payments reach</source>
        <translation>还款达到此比例时提示注意</translation>
    </message>
    <message>
        <source>Alarm when debt payments reach</source>
        <translation>还款达到此比例时发出警告</translation>
    </message>
    <message>
        <source>Of monthly income. These become editable with the stress analysis.</source>
        <translation>占月收入的比例。压力分析上线后可修改。</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>您的数据</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This is the demo: a throw-away profile. Nothing you change here is kept.</source>
        <translation>这是演示：一个临时档案。在这里做的任何修改都不会保存。</translation>
    </message>
    <message>
        <source>Nothing is saved in this session.</source>
        <translation>本次会话不保存任何内容。</translation>
    </message>
    <message>
        <source>Encrypted profile: {path}</source>
        <translation>加密档案：{path}</translation>
    </message>
    <message>
        <source>{count} backups; the newest from {date}.</source>
        <translation>共{count}份备份；最新一份在{date}。</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>备份已保存：{path}</translation>
    </message>
    <message>
        <source>Enter an amount of zero or more.</source>
        <translation>请输入零或更大的金额。</translation>
    </message>
    <message>
        <source>Amounts have at most two decimals (fen).</source>
        <translation>金额最多两位小数（到分）。</translation>
    </message>
</context>
<context>
    <name>SplitChart</name>
    <message>
        <source>Principal and interest in each payment</source>
        <translation>每期还款中的本金与利息</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Import a portfolio</source>
        <translation>导入账目</translation>
    </message>
    <message>
        <source>Portfolio JSON (*.json)</source>
        <translation>账目 JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Imported {count} items.</source>
        <translation>已导入{count}项账目。</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message>
        <source>Nothing was imported from {name}: {problem}</source>
        <translation>未从 {name} 导入任何内容：{problem}</translation>
    </message>
    <message>
        <source>Export the portfolio</source>
        <translation>导出账目</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>已导出到 {path}。</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Import {count} items</source>
        <translation>导入{count}项账目</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>添加“{name}”</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>编辑“{name}”</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>删除“{name}”</translation>
    </message>
    <message>
        <source>Record a payment to {name}</source>
        <translation>记录“{name}”的还款</translation>
    </message>
    <message>
        <source>Change the status of {name}</source>
        <translation>更改“{name}”的状态</translation>
    </message>
    <message>
        <source>Change household figures</source>
        <translation>更改家庭收支</translation>
    </message>
</context>
<context>
    <name>UpcomingModel</name>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>账目</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
</TS>
