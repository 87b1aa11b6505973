<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Amounts</name>
    <message>
        <source>This amount is too large.</source>
        <extracomment>Under a money field: more than the engine takes (ten trillion).</extracomment>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>Amounts have at most {count} decimals.</source>
        <extracomment>Under a money field; {count} is the currency&apos;s minor unit (2 for CNY).</extracomment>
        <translation>金额最多 {count} 位小数。</translation>
    </message>
    <message>
        <source>Amounts in {currency} are whole numbers.</source>
        <extracomment>Under a money field; {currency} is a code without decimals (JPY, KRW).</extracomment>
        <translation>{currency} 金额只能是整数。</translation>
    </message>
</context>
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
    <name>BarChart</name>
    <message>
        <source>Nothing to show: no payments fall in these months.</source>
        <translation>没有可显示的内容：这几个月没有要还的钱。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>{title}: highest {amount} in {period}.</source>
        <translation>{title}：最高 {amount}，在 {period}。</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>How many months to show</source>
        <translation>显示多少个月</translation>
    </message>
    <message>
        <source>Next {count} months</source>
        <translation>未来 {count} 个月</translation>
    </message>
    <message>
        <source>E&amp;xport to a calendar (.ics)…</source>
        <translation>导出到日历 (.ics)(&amp;X)…</translation>
    </message>
    <message>
        <source>Due dates</source>
        <translation>还款日</translation>
    </message>
    <message>
        <source>Dots mark payments due, with the day&apos;s total: blue a regular payment, orange a final (balloon) payment, red money overdue.</source>
        <translation>圆点标出有还款的日子，并显示当天合计：蓝色为正常还款，橙色为尾款（气球贷），红色为已逾期。</translation>
    </message>
    <message>
        <source>Payments due</source>
        <translation>应还款项</translation>
    </message>
    <message>
        <source>Due month by month</source>
        <translation>逐月应还</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>逐月应还</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>还款日历</translation>
    </message>
    <message>
        <source>The due dates cannot be worked out: {problem}</source>
        <translation>无法计算还款日：{problem}</translation>
    </message>
    <message>
        <source>Due on {date}</source>
        <translation>{date} 应还</translation>
    </message>
    <message>
        <source>Due in {month}</source>
        <translation>{month}应还</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Payments due: {count} · Total: {amount}</source>
        <translation>应还 {count} 笔 · 合计 {amount}</translation>
    </message>
    <message>
        <source>Nothing falls due.</source>
        <translation>没有到期的还款。</translation>
    </message>
    <message>
        <source>Export the due dates</source>
        <translation>导出还款日</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The due dates could not be written to {path}: {problem}</source>
        <translation>还款日无法写入 {path}：{problem}</translation>
    </message>
    <message>
        <source>Exported {count} due dates to {path}.</source>
        <translation>已将 {count} 个还款日导出到 {path}。</translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <source>Show the chart</source>
        <translation>显示图表</translation>
    </message>
    <message>
        <source>Show the &amp;numbers</source>
        <translation>显示数字(&amp;N)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>{chart}: show as a table</source>
        <translation>{chart}：以表格显示</translation>
    </message>
    <message>
        <source>{chart}, as a table</source>
        <translation>{chart}（表格）</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>Which column holds what?</source>
        <translation>哪一列是什么？</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount (negative: paid out)</source>
        <translation>金额（负数为支出）</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}：{problem}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
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
        <translation>各家机构的报价方式各不相同。按对方的报价原样录入，系统按真实年化利率排序。</translation>
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
        <source>&amp;Paste an offer…</source>
        <translation>粘贴报价(&amp;P)…</translation>
    </message>
    <message>
        <source>Add an offer from the lender&apos;s own text</source>
        <translation>用贷款方自己的报价文字添加方案</translation>
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
        <source>The offers compared</source>
        <translation>方案比较</translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation>成本随时间变化</translation>
    </message>
    <message>
        <source>Effect on my stress</source>
        <translation>对我还款压力的影响</translation>
    </message>
    <message>
        <source>Cost over time and effect on my stress</source>
        <translation>成本随时间变化与对还款压力的影响</translation>
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
        <translation>最便宜：{best}，真实年化利率 {apr}。最贵的是{worst}，要多花{extra}。</translation>
    </message>
</context>
<context>
    <name>CorruptFileDialog</name>
    <message>
        <source>The file {path} is missing.</source>
        <translation>文件 {path} 不见了。</translation>
    </message>
    <message>
        <source>Nothing was created in its place. Put the file back and try again, or open the newest backup.</source>
        <translation>没有新建任何文件代替它。请把文件放回原处后重试，或打开最新的备份。</translation>
    </message>
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
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DueCalendar</name>
    <message>
        <source>Days of the month</source>
        <extracomment>Mark colours: overdue money, a final (balloon) payment, a regular one.</extracomment>
        <translation>本月日期</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>{amount} ({count})</source>
        <translation>{amount}（{count}笔）</translation>
    </message>
</context>
<context>
    <name>DueDatesModel</name>
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
        <source>Payment</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>正常还款</translation>
    </message>
    <message>
        <source>final (balloon)</source>
        <translation>尾款（气球贷）</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>DueThisWeek</name>
    <message>
        <source>Due this week</source>
        <translation>本周应还</translation>
    </message>
    <message>
        <source>Payments due this week</source>
        <translation>本周到期的还款</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>账目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Nothing falls due this week.</source>
        <translation>本周没有到期的还款。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>{count} payments, {amount} in all, by {date}.</source>
        <translation>共 {count} 笔，合计 {amount}，截至 {date}。</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>No explanation for this figure right now.</source>
        <translation>这个数字暂时没有计算说明。</translation>
    </message>
    <message>
        <source>Click (or press F1) to see how this is computed.</source>
        <translation>点击（或按 F1）查看这个数字是怎么算的。</translation>
    </message>
    <message>
        <source>Right-click a figure (or press F1) to see how it is computed.</source>
        <translation>右键点击数字（或按 F1）查看它是怎么算的。</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>How is this computed?</source>
        <translation>这是怎么算的？</translation>
    </message>
    <message>
        <source>Terms used</source>
        <translation>用到的术语</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>计算说明</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <source>How is this computed?</source>
        <translation>这是怎么算的？</translation>
    </message>
</context>
<context>
    <name>FactorsModel</name>
    <message>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>测得</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>{points} / {max}</source>
        <translation>{points} / {max}</translation>
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
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>&amp;Search (English or 中文):</source>
        <translation>搜索（中文或英文）(&amp;S)：</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>搜索术语表</translation>
    </message>
    <message>
        <source>e.g. APR, 等额本息, grace</source>
        <translation>例如：年化、等额本息、APR</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>释义</translation>
    </message>
    <message>
        <source>No term matches. Try fewer letters.</source>
        <translation>没有匹配的术语，试试少输几个字。</translation>
    </message>
</context>
<context>
    <name>GlossaryModel</name>
    <message>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>释义</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Print workshop handouts</source>
        <translation>打印工作坊讲义</translation>
    </message>
    <message>
        <source>Teaching scenario</source>
        <translation>教学场景</translation>
    </message>
    <message>
        <source>&amp;Worksheet for the participants</source>
        <translation>学员练习单(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Answer key for the facilitator</source>
        <translation>主持人答案(&amp;A)</translation>
    </message>
    <message>
        <source>Language of the handouts</source>
        <translation>讲义语言</translation>
    </message>
    <message>
        <source>Both, side by side</source>
        <translation>中英对照</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国信纸（Letter）</translation>
    </message>
    <message>
        <source>none: the scenario&apos;s own household</source>
        <translation>不分组：用场景原来的家庭</translation>
    </message>
    <message>
        <source>Table groups</source>
        <translation>分组数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>The same seed gives the same households.</source>
        <translation>种子相同，生成的家庭就相同。</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Each group gets its own household: the same lesson with its own numbers, and the answer key lists every group&apos;s answers.</source>
        <translation>每组拿到自己的家庭：要点相同，数字不同；答案列出每一组的答案。</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>场景(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>Table &amp;groups:</source>
        <translation>分组数(&amp;G)：</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>种子(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>生成(&amp;W)</translation>
    </message>
    <message>
        <source>Write the handouts into</source>
        <translation>讲义保存到</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>Owed today</source>
        <translation>当前欠款</translation>
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
        <source>Schedule of which part</source>
        <translation>查看哪一部分的还款计划</translation>
    </message>
    <message>
        <source>A combined loan&apos;s schedule is the sum of its parts&apos; schedules: show the whole loan&apos;s or one part&apos;s.</source>
        <translation>组合贷的还款计划是各部分还款计划之和：可查看整笔贷款的，也可只看其中一部分的。</translation>
    </message>
    <message>
        <source>Part:</source>
        <translation>分项：</translation>
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
        <source>The item in detail</source>
        <translation>账目详情</translation>
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
    <message>
        <source>Overdue {amount} since {date}</source>
        <translation>自 {date} 起逾期 {amount}</translation>
    </message>
    <message>
        <source>{paid_ahead} {amount}</source>
        <translation>{paid_ahead} {amount}</translation>
    </message>
    <message>
        <source>All parts (the whole loan)</source>
        <translation>全部（整笔贷款）</translation>
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
        <source>The minimum due on the card&apos;s statement. The schedule below is the payments your plan makes.</source>
        <translation>账单上的最低还款额。下方的还款计划是按您的计划支付的金额。</translation>
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
    <message>
        <source>Mark paid off?</source>
        <translation>标记为已结清？</translation>
    </message>
    <message>
        <source>{name} still shows {owed} owed. Record the payment that paid it off, so the plan shows the money it took, or mark it paid off as it is?</source>
        <translation>{name}仍显示欠款 {owed}。是记录把它还清的那笔还款，让计划显示花了多少钱，还是直接标记为已结清？</translation>
    </message>
    <message>
        <source>Record the &amp;payment…</source>
        <translation>记录还款(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Mark paid off</source>
        <translation>标记为已结清(&amp;M)</translation>
    </message>
</context>
<context>
    <name>LprEditor</name>
    <message>
        <source>The rate follows the LPR</source>
        <translation>利率随 LPR 浮动</translation>
    </message>
    <message>
        <source>Follows the LPR</source>
        <translation>随 LPR 浮动</translation>
    </message>
    <message>
        <source>A renminbi loan priced as the LPR plus a spread: the LPR in force on each reset date plus the spread; the rate above is then not used. Newer LPR fixings can be added in Settings.</source>
        <translation>按 LPR 加点定价的人民币贷款：每个重定价日适用的 LPR 加上点差；此时不使用上面的利率。较新的 LPR 报价可在“设置”中添加。</translation>
    </message>
    <message>
        <source>e.g. {value}</source>
        <translation>例如 {value}</translation>
    </message>
    <message>
        <source>Spread over the LPR in percent</source>
        <translation>LPR 加点（百分比）</translation>
    </message>
    <message>
        <source>LPR tenor</source>
        <translation>LPR 期限</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重定价</translation>
    </message>
    <message>
        <source>spread %</source>
        <translation>加点 %</translation>
    </message>
</context>
<context>
    <name>LprFixingsBox</name>
    <message>
        <source>LPR fixings</source>
        <translation>LPR 报价</translation>
    </message>
    <message>
        <source>Planner knows the LPR up to {date}: {one} {one_rate}, {five} {five_rate} (the National Interbank Funding Center&apos;s fixings). Add newer ones as they are published, on the 20th of each month; LPR-linked loans follow them.</source>
        <translation>本应用内置的 LPR 截至 {date}：{one} {one_rate}，{five} {five_rate}（全国银行间同业拆借中心公布）。每月 20 日公布新报价后可在此添加；随 LPR 浮动的贷款随之调整。</translation>
    </message>
    <message>
        <source>Add a fixing</source>
        <translation>添加报价</translation>
    </message>
    <message>
        <source>Add an LPR fixing</source>
        <translation>添加一条 LPR 报价</translation>
    </message>
    <message>
        <source>Save the &amp;fixings</source>
        <translation>保存报价(&amp;F)</translation>
    </message>
    <message>
        <source>Date of the fixing</source>
        <translation>报价日期</translation>
    </message>
    <message>
        <source>LPR tenor</source>
        <translation>LPR 期限</translation>
    </message>
    <message>
        <source>LPR in percent</source>
        <translation>LPR（百分比）</translation>
    </message>
    <message>
        <source>e.g. {value}</source>
        <translation>例如 {value}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove this fixing</source>
        <translation>删除这条报价</translation>
    </message>
    <message>
        <source>Enter the LPR in percent, e.g. 3.5.</source>
        <translation>请输入 LPR 百分比，例如 3.5。</translation>
    </message>
    <message>
        <source>Not accepted: {problem}</source>
        <translation>不接受：{problem}</translation>
    </message>
    <message>
        <source>Correct the marked fixing to save.</source>
        <translation>请改正标出的报价后再保存。</translation>
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
        <source>About Planner</source>
        <translation>关于分期规划</translation>
    </message>
    <message>
        <source>Planner {version}: cards, installment plans, cash loans and loans with their true annual rate, kept on this computer only, encrypted.</source>
        <translation>分期规划 {version}：信用卡、分期、消费贷和贷款及其真实年化利率。数据仅加密保存在本机。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Predict, then &amp;reveal</source>
        <translation>先猜再揭晓(&amp;R)</translation>
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
        <source>Open a &amp;teaching scenario…</source>
        <translation>打开教学情景(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Reset the scenario</source>
        <translation>重置情景(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Leave the scenario</source>
        <translation>退出情景(&amp;L)</translation>
    </message>
    <message>
        <source>Save as a teaching scena&amp;rio…</source>
        <translation>另存为教学场景(&amp;R)…</translation>
    </message>
    <message>
        <source>Print workshop &amp;handouts…</source>
        <translation>打印工作坊讲义(&amp;H)…</translation>
    </message>
    <message>
        <source>Export a &amp;report (PDF)…</source>
        <translation>导出报告（PDF）(&amp;R)…</translation>
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
        <extracomment>(signal, slot) pairs linking the actions to live objects, undone by :meth:`retire`.</extracomment>
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
        <source>&amp;Presenter mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Scenario &amp;guide</source>
        <translation>情景指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>术语表(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About Planner</source>
        <translation>关于分期规划(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MonthTotalsModel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Of income</source>
        <translation>占收入</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>知道了(&amp;D)</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>关闭此提示</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup was not taken: the disk is full. Planner works as usual; free some space, then use Back up now in Settings.</source>
        <translation>今天的自动备份没有完成：磁盘已满。分期规划照常可用；请腾出一些空间，然后在“设置”中点“立即备份”。</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup was not taken: {folder} cannot be written. Planner works as usual; make the folder writable, then use Back up now in Settings.</source>
        <translation>今天的自动备份没有完成：{folder} 无法写入。分期规划照常可用；请让该文件夹可写，然后在“设置”中点“立即备份”。</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup was not taken ({problem}). Planner works as usual; use Back up now in Settings to try again.</source>
        <translation>今天的自动备份没有完成（{problem}）。分期规划照常可用；可在“设置”中点“立即备份”再试一次。</translation>
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
    <name>OfferFiles</name>
    <message>
        <source>Ope&amp;n offers from a file…</source>
        <translation>从文件打开方案(&amp;N)…</translation>
    </message>
    <message>
        <source>Save offers &amp;to a file…</source>
        <translation>将方案保存到文件(&amp;T)…</translation>
    </message>
    <message>
        <source>Portfolio JSON (*.json)</source>
        <translation>账目 JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Open offers from a file</source>
        <translation>从文件打开方案</translation>
    </message>
    <message>
        <source>It cannot be read: {problem}</source>
        <translation>文件无法读取：{problem}</translation>
    </message>
    <message>
        <source>It is not valid JSON (line {line}, column {column}).</source>
        <translation>文件不是有效的 JSON（第 {line} 行，第 {column} 列）。</translation>
    </message>
    <message>
        <source>It holds no offers.</source>
        <translation>文件中没有方案。</translation>
    </message>
    <message>
        <source>It holds {count} offers; at most {most} can be compared at once.</source>
        <translation>文件中有 {count} 个方案；一次最多只能比较 {most} 个。</translation>
    </message>
    <message>
        <source>Opened {count} offers from {name}.</source>
        <translation>已从 {name} 打开 {count} 个方案。</translation>
    </message>
    <message>
        <source>The field {field}: {problem}</source>
        <translation>字段 {field}：{problem}</translation>
    </message>
    <message>
        <source>Offer {number} ({name}), field {field}: {problem}</source>
        <translation>第 {number} 个方案（{name}），字段 {field}：{problem}</translation>
    </message>
    <message>
        <source>Offer {number}, field {field}: {problem}</source>
        <translation>第 {number} 个方案，字段 {field}：{problem}</translation>
    </message>
    <message>
        <source>Offers not opened</source>
        <translation>方案未打开</translation>
    </message>
    <message>
        <source>{name} was not opened; the offers on screen are unchanged.

{problem}</source>
        <translation>未打开 {name}；屏幕上的方案保持不变。

{problem}</translation>
    </message>
    <message>
        <source>Save offers to a file</source>
        <translation>将方案保存到文件</translation>
    </message>
    <message>
        <source>Offers not saved</source>
        <translation>方案未保存</translation>
    </message>
    <message>
        <source>{name} could not be written: {problem}</source>
        <translation>无法写入 {name}：{problem}</translation>
    </message>
    <message>
        <source>Saved {count} offers to {name}.</source>
        <translation>已将 {count} 个方案保存到 {name}。</translation>
    </message>
</context>
<context>
    <name>OfferPasteDialog</name>
    <message>
        <source>Paste an offer</source>
        <translation>粘贴报价</translation>
    </message>
    <message>
        <source>Paste the lender&apos;s offer as they wrote it, in Chinese, English or both: the amount, the payments, the rate or fee, the repayment method. The terms read are marked; the form is filled from them, and you can still change every field.</source>
        <translation>把贷款方的报价原样粘贴进来，中文、英文或中英混写都可以：金额、期数、利率或费率、还款方式。读出的条款会标出颜色；表单按它们填写，每一栏仍可修改。</translation>
    </message>
    <message>
        <source>The lender&apos;s offer text</source>
        <translation>贷款方的报价文字</translation>
    </message>
    <message>
        <source>e.g. 借款10000元，分12期，每期手续费0.6%，折合年化仅7.2%</source>
        <translation>例如：借款10000元，分12期，每期手续费0.6%，折合年化仅7.2%</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>读出的内容</translation>
    </message>
    <message>
        <source>&amp;Fill the form</source>
        <translation>填入表单(&amp;F)</translation>
    </message>
    <message>
        <source>The text is longer than {count} characters: paste only the offer.</source>
        <translation>文字超过 {count} 个字符：只粘贴报价部分。</translation>
    </message>
    <message>
        <source>No credit terms found yet: no amount, rate, number of payments or repayment method.</source>
        <translation>还没有读到借贷条款：没有金额、利率、期数或还款方式。</translation>
    </message>
    <message>
        <source>Nothing pasted yet.</source>
        <translation>还没有粘贴内容。</translation>
    </message>
    <message>
        <source>{count} payments</source>
        <translation>{count} 期</translation>
    </message>
    <message>
        <source>Read: {terms}.</source>
        <translation>读到：{terms}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Still needed: {fields}.</source>
        <translation>还缺：{fields}。</translation>
    </message>
    <message>
        <source>the amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>the balance</source>
        <translation>欠款余额</translation>
    </message>
    <message>
        <source>the number of payments</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>the rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <source>{name} {rate} ({convention}).</source>
        <translation>{name} {rate}（{convention}）。</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>密码不正确，请重试。</translation>
    </message>
    <message>
        <source>The scenario &quot;{name}&quot; cannot be opened: {problem}</source>
        <translation>无法打开情景“{name}”：{problem}</translation>
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
        <source>{name}: {amount} was due on {date} and is not paid.</source>
        <translation>{name}：{amount}已于{date}到期，尚未还款。</translation>
    </message>
    <message>
        <source>{name} · 1 open item</source>
        <translation>{name} · 1项未结清</translation>
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
    <name>OverviewWarnings</name>
    <message>
        <source>Nothing needs your attention right now.</source>
        <extracomment>How many stress warnings the Overview lists; the rest are on the Stress page.</extracomment>
        <translation>目前没有需要注意的事项。</translation>
    </message>
    <message>
        <source>Your stress score weighs your payments against your income: enter your monthly income in Settings.</source>
        <translation>压力分是拿还款和收入比较得出的：请在“设置”里填写月收入。</translation>
    </message>
    <message>
        <source>Stress score {score} of 100: {band}</source>
        <translation>压力评分 {score}/100：{band}</translation>
    </message>
    <message>
        <source>and {count} more on the Stress page</source>
        <translation>另有 {count} 条，见“还款压力”页</translation>
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
        <source>Stress</source>
        <translation>还款压力</translation>
    </message>
    <message>
        <source>Payoff plan</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>还款日历</translation>
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
    <name>PartsEditor</name>
    <message>
        <source>A combined loan (组合贷): parts at their own rates</source>
        <translation>组合贷：各部分按各自利率</translation>
    </message>
    <message>
        <source>Combined loan</source>
        <translation>组合贷</translation>
    </message>
    <message>
        <source>A provident-fund loan and a commercial loan on one home, say: each part is repaid as a loan of its own, over the same term; the payment is their sum. The amount borrowed is then the parts&apos; sum.</source>
        <translation>例如同一套房的公积金贷款和商业贷款：每部分按各自利率单独还款，期数相同；每期还款为各部分之和。借款金额即各部分之和。</translation>
    </message>
    <message>
        <source>Add a part</source>
        <translation>添加一部分</translation>
    </message>
    <message>
        <source>e.g. {value}</source>
        <translation>例如 {value}</translation>
    </message>
    <message>
        <source>Name of the part</source>
        <translation>这部分的名称</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Amount of the part</source>
        <translation>这部分的金额</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>%/年</translation>
    </message>
    <message>
        <source>Rate of the part in percent a year, or its spread over the LPR</source>
        <translation>这部分的年利率（百分比），或其 LPR 加点</translation>
    </message>
    <message>
        <source>LPR +</source>
        <translation>LPR +</translation>
    </message>
    <message>
        <source>The part follows the LPR; its rate is the spread</source>
        <translation>这部分随 LPR 浮动，所填利率为加点</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove this part</source>
        <translation>删除这部分</translation>
    </message>
    <message>
        <source>This part&apos;s own rate changes are kept: {dates}</source>
        <translation>保留这部分自己的利率调整：{dates}</translation>
    </message>
    <message>
        <source>Provident fund</source>
        <translation>公积金</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>商贷</translation>
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
        <source>Mark as paid off</source>
        <translation>标记为已结清</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
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
        <source>More than everything owed on that day: {payoff} pays it off.</source>
        <translation>超过当天的全部欠款：还 {payoff} 即可一次还清。</translation>
    </message>
    <message>
        <source>Nothing is owed on that day: it is paid off.</source>
        <translation>当天已没有欠款：已经还清。</translation>
    </message>
    <message>
        <source>{amount} pays it off on that day.</source>
        <translation>当天还 {amount} 即可一次还清。</translation>
    </message>
    <message>
        <source>Pay {amount}, paying it off</source>
        <translation>还 {amount}，一次还清</translation>
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
    <name>Payoff</name>
    <message>
        <source>Avalanche</source>
        <translation>雪崩法</translation>
    </message>
    <message>
        <source>Snowball</source>
        <translation>雪球法</translation>
    </message>
    <message>
        <source>Your order</source>
        <translation>自定顺序</translation>
    </message>
    <message>
        <source>Avalanche — highest rate first</source>
        <translation>雪崩法 — 先还利率最高的</translation>
    </message>
    <message>
        <source>Snowball — smallest balance first</source>
        <translation>雪球法 — 先还余额最小的</translation>
    </message>
    <message>
        <source>Your own order</source>
        <translation>自定顺序</translation>
    </message>
</context>
<context>
    <name>PayoffChart</name>
    <message>
        <source>No plan to draw</source>
        <translation>没有可画的计划</translation>
    </message>
</context>
<context>
    <name>PayoffInputs</name>
    <message>
        <source>Monthly budget for debts</source>
        <translation>每月还债预算</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Monthly &amp;budget</source>
        <translation>每月预算(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Strategy</source>
        <translation>策略(&amp;S)</translation>
    </message>
    <message>
        <source>Debt-free by</source>
        <translation>还清日期</translation>
    </message>
    <message>
        <source>&amp;Find the budget</source>
        <translation>计算所需预算(&amp;F)</translation>
    </message>
    <message>
        <source>Find the smallest budget debt-free by the date</source>
        <translation>计算在该日期前还清所需的最少预算</translation>
    </message>
    <message>
        <source>Budget to be debt-free by the date</source>
        <translation>在该日期前还清所需预算</translation>
    </message>
    <message>
        <source>Debt-free by a date</source>
        <translation>按期还清</translation>
    </message>
    <message>
        <source>Your order: the first is paid off first</source>
        <translation>自定顺序：排在最前的最先还清</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Order (first paid off first)</source>
        <translation>还款顺序（排前的先还清）</translation>
    </message>
    <message>
        <source>Date of the extra payment</source>
        <translation>额外还款日期</translation>
    </message>
    <message>
        <source>Amount of the extra payment</source>
        <translation>额外还款金额</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>One-off extra payments</source>
        <translation>一次性额外还款</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <source>{name} · {rate} · {balance}</source>
        <translation>{name} · {rate} · {balance}</translation>
    </message>
    <message>
        <source>The minimum payments add up to {amount} a month.</source>
        <translation>每月最低还款合计 {amount}。</translation>
    </message>
    <message>
        <source>Drag the debts, or use the buttons: extra money goes to the first until it is paid off, then to the next.</source>
        <translation>拖动债务或使用按钮排序：多出的钱先还排在最前的一笔，还清后再还下一笔。</translation>
    </message>
    <message>
        <source>The order this strategy pays extra money in. Choose &quot;Your own order&quot; to change it.</source>
        <translation>这是该策略分配多余资金的顺序。选择“自定顺序”即可修改。</translation>
    </message>
    <message>
        <source>{date}: {amount}</source>
        <translation>{date}：{amount}</translation>
    </message>
    <message>
        <source>None yet: a bonus or a tax refund, say.</source>
        <translation>暂无：例如年终奖或退税。</translation>
    </message>
</context>
<context>
    <name>PayoffPage</name>
    <message>
        <source>Budget to be debt-free by the date</source>
        <translation>在该日期前还清所需预算</translation>
    </message>
    <message>
        <source>The strategies side by side</source>
        <translation>各策略对比</translation>
    </message>
    <message>
        <source>Strategies side by side</source>
        <translation>策略对比</translation>
    </message>
    <message>
        <source>Still owed over time, by strategy</source>
        <translation>各策略下剩余欠款随时间变化</translation>
    </message>
    <message>
        <source>The plan month by month</source>
        <translation>逐月还款计划</translation>
    </message>
    <message>
        <source>The chosen plan</source>
        <translation>所选方案</translation>
    </message>
    <message>
        <source>Owed over time</source>
        <translation>剩余欠款</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>逐月明细</translation>
    </message>
    <message>
        <source>Payoff plan</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <source>No open debts: there is nothing to plan.</source>
        <translation>没有未还清的债务，无需规划。</translation>
    </message>
    <message>
        <source>To be debt-free by {date}: at least {amount} a month ({strategy}; the last payment in {month}). How is this computed?</source>
        <translation>要在 {date} 前还清：每月至少 {amount}（{strategy}；最后一笔在 {month}）。这是怎么算的？</translation>
    </message>
    <message>
        <source>That date cannot be reached: {problem}</source>
        <translation>这个日期做不到：{problem}</translation>
    </message>
    <message>
        <source>No open debts</source>
        <translation>没有未还清的债务</translation>
    </message>
    <message>
        <source>A budget of {budget} is {shortfall} below the minimum payments of {minimums} a month: no plan is made, because the minimums must be paid first. Raise the budget to at least {minimums}.</source>
        <translation>预算 {budget} 比每月最低还款 {minimums} 少 {shortfall}：最低还款必须先付，因此无法制定计划。请把预算提高到至少 {minimums}。</translation>
    </message>
    <message>
        <source>No plan: the budget does not cover the minimum payments</source>
        <translation>无法制定计划：预算不够支付最低还款</translation>
    </message>
    <message>
        <source>With this budget the debts are never repaid: the interest outruns it. Raise the budget.</source>
        <translation>按这个预算，利息增长快过还款，债务永远还不清。请提高预算。</translation>
    </message>
    <message>
        <source>Every strategy costs the same interest here; the order changes only which debt goes first.</source>
        <translation>这里各策略的利息相同，顺序只决定先还哪一笔。</translation>
    </message>
    <message>
        <source>{strategy} saves {amount} of interest against the dearest strategy; the strategies finish up to {count} months apart.</source>
        <translation>{strategy}比利息最多的策略省 {amount}；各策略还清时间最多相差 {count} 个月。</translation>
    </message>
    <message>
        <source>{strategy} saves {amount} of interest against the dearest strategy; all finish in the same month.</source>
        <translation>{strategy}比利息最多的策略省 {amount}；各策略在同一个月还清。</translation>
    </message>
    <message>
        <source>The plan cannot be worked out: {problem}</source>
        <translation>无法计算还款计划：{problem}</translation>
    </message>
</context>
<context>
    <name>PayoffPlanModel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>还款</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>剩余欠款</translation>
    </message>
</context>
<context>
    <name>PayoffStrategiesModel</name>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Debt-free in</source>
        <translation>还清月份</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Total interest</source>
        <translation>利息合计</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>还款合计</translation>
    </message>
    <message>
        <source>More than cheapest</source>
        <translation>比最省多付</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永远还不清</translation>
    </message>
    <message>
        <source>cheapest</source>
        <translation>最省</translation>
    </message>
</context>
<context>
    <name>PredictReveal</name>
    <message>
        <source>Open a teaching scenario to ask its questions.</source>
        <translation>打开一个教学场景，才能提出它的问题。</translation>
    </message>
    <message>
        <source>What do you think?</source>
        <translation>你觉得是多少？</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无法回答</translation>
    </message>
    <message>
        <source>This question cannot be answered for the profile as it is now: {problem}</source>
        <translation>按当前的资料无法回答这个问题：{problem}</translation>
    </message>
    <message>
        <source>cannot read this guess</source>
        <translation>看不懂这个猜测</translation>
    </message>
    <message>
        <source>{distance} — nearest</source>
        <translation>{distance}——最接近</translation>
    </message>
    <message>
        <source>Predict, then reveal</source>
        <translation>先猜再揭晓</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Guesses</source>
        <translation>猜测</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <source>Guess</source>
        <translation>猜测</translation>
    </message>
    <message>
        <source>How far</source>
        <translation>差多少</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>揭晓(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Hide and clear</source>
        <translation>遮住并清空(&amp;H)</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>怎么算出来的</translation>
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
        <source>The minimum is a percentage above 0 and at most 100.</source>
        <translation>最低还款比例须大于0且不超过100。</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>请输入{low}到{high}之间的整数。</translation>
    </message>
    <message>
        <source>That is over {cap}% a year. Type the rate in percent: 0.05 for 0.05% a day.</source>
        <translation>这相当于年化超过{cap}%。请以百分比输入利率：日利率0.05%就输入0.05。</translation>
    </message>
    <message>
        <source>A prepayment penalty is a percentage from 0 to {high} of the amount repaid early.</source>
        <translation>提前还款违约金按提前还款金额的百分比计，须在 0 到 {high} 之间。</translation>
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
    <name>ProductFields</name>
    <message>
        <source>e.g. {value}</source>
        <translation>例如 {value}</translation>
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
        <source>&amp;Variable rate</source>
        <translation>浮动利率(&amp;V)</translation>
    </message>
    <message>
        <source>Variable rate</source>
        <translation>浮动利率</translation>
    </message>
    <message>
        <source>The rate follows a reference rate (such as the LPR or a prime rate) and the lender can reset it. A what-if rate change moves only variable-rate items.</source>
        <translation>利率随基准利率（如 LPR 或最优惠利率）浮动，贷款方可以重新定价。假设分析中的利率变化只作用于浮动利率的账目。</translation>
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
        <source>% of the amount repaid early, plus</source>
        <translation>%（按提前还款金额计），另加</translation>
    </message>
    <message>
        <source>days of its interest</source>
        <translation>天的利息</translation>
    </message>
    <message>
        <source>Due on a day o&amp;ff</source>
        <translation>还款日遇休息日(&amp;F)</translation>
    </message>
    <message>
        <source>Prepa&amp;yment penalty</source>
        <translation>提前还款违约金(&amp;Y)</translation>
    </message>
    <message>
        <source>Rate over time</source>
        <translation>利率变化</translation>
    </message>
    <message>
        <source>When a due date falls on a day off</source>
        <translation>还款日遇休息日时</translation>
    </message>
    <message>
        <source>Keep the date</source>
        <translation>保持原日期</translation>
    </message>
    <message>
        <source>Move to the next working day</source>
        <translation>顺延至下一个工作日</translation>
    </message>
    <message>
        <source>Move to the previous working day</source>
        <translation>提前至上一个工作日</translation>
    </message>
    <message>
        <source>Some lenders take the payment on the next working day (顺延) when a due date falls on a weekend or a public holiday, some on the working day before. The calendar, the reminders and the cash warnings then use that day.</source>
        <translation>还款日遇周末或法定节假日时，有的机构顺延到下一个工作日扣款，有的提前到上一个工作日。日历、提醒和现金预警都随之使用该日期。</translation>
    </message>
    <message>
        <source>Prepayment penalty in percent of the amount repaid early</source>
        <translation>提前还款违约金：占提前还款金额的百分比</translation>
    </message>
    <message>
        <source>Prepayment penalty in days of interest</source>
        <translation>提前还款违约金：相当于多少天的利息</translation>
    </message>
    <message>
        <source>What the lender charges for repaying early, beyond the interest accrued to that day: a share of the amount repaid early (at most 20%), some days of its interest (at most 365), or both. Leave both empty when there is none; a card never has one.</source>
        <translation>提前还款时，除截至当日的应计利息外机构另收的费用：提前还款金额的一定比例（最多 20%）、若干天的利息（最多 365 天），或两者兼有。没有违约金时两项都留空；信用卡没有违约金。</translation>
    </message>
    <message>
        <source>Days off in CNY: China&apos;s public holidays and weekends, less the weekend days made working days (调休), from the chinesecalendar library; past the last year it knows, weekends only.</source>
        <translation>人民币贷款的休息日：中国的法定节假日和周末，调休上班的周末除外，数据来自 chinesecalendar 库；超出它已知的年份后只按周末计。</translation>
    </message>
    <message>
        <source>Days off in {currency}: Saturdays and Sundays.</source>
        <translation>{currency} 贷款的休息日：周六和周日。</translation>
    </message>
    <message>
        <source>Filled from the offer&apos;s text: check each field.</source>
        <translation>已按报价文字填写：请逐项核对。</translation>
    </message>
    <message>
        <source>Filled from the offer&apos;s text, which is in {theirs}; amounts are kept in {ours} here.</source>
        <translation>已按报价文字填写；报价用的是 {theirs}，这里的金额按 {ours} 记。</translation>
    </message>
    <message>
        <source>{days} (the usual for {currency})</source>
        <translation>{days}（{currency} 的常见值）</translation>
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
        <source>% of the statement</source>
        <translation>%（账单金额）</translation>
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
        <source>&amp;Amount borrowed</source>
        <translation>借款金额(&amp;A)</translation>
    </message>
    <message>
        <source>Start &amp;date</source>
        <translation>放款日期(&amp;D)</translation>
    </message>
    <message>
        <source>Statement &amp;date</source>
        <translation>账单日(&amp;D)</translation>
    </message>
    <message>
        <source>The usual terms of a {kind}: {rate}.</source>
        <translation>已换成{kind}的常见条件：{rate}。</translation>
    </message>
    <message>
        <source>{old} is {new}: the same price, quoted the new way.</source>
        <translation>{old} 即 {new}：价格相同，只是换了报价方式。</translation>
    </message>
    <message>
        <source>The rate was cleared: {old} is charged on what is owed, a {new} on the original amount; type the rate the lender quotes this way.</source>
        <translation>利率已清空：{old} 按剩余欠款计息，而{new}按原始本金收取；请按贷款方的报价方式重新填写。</translation>
    </message>
    <message>
        <source>The rate was cleared: {old} is charged on the original amount, a {new} on what is owed; type the rate the lender quotes this way.</source>
        <translation>利率已清空：{old} 按原始本金收取，而{new}按剩余欠款计息；请按贷款方的报价方式重新填写。</translation>
    </message>
    <message>
        <source>Only the last four digits of the card are kept; the full number is never stored.</source>
        <translation>只保留卡号后四位，完整卡号绝不保存。</translation>
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
        <source>&amp;Balance owed</source>
        <translation>欠款余额(&amp;B)</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
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
        <source>Paste an off&amp;er…</source>
        <translation>粘贴报价(&amp;E)…</translation>
    </message>
    <message>
        <source>Fill the form from the lender&apos;s own offer text</source>
        <translation>用贷款方自己的报价文字填写表单</translation>
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
        <source>Fill in {fields} to save.</source>
        <translation>请填写{fields}后保存。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Correct the marked field to save.</source>
        <translation>请先更正标出的字段再保存。</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>The changes in this form are not saved. Discard them?</source>
        <translation>此表单中的修改尚未保存。要放弃吗？</translation>
    </message>
</context>
<context>
    <name>ProductPreview</name>
    <message>
        <source>What it really costs</source>
        <translation>实际成本</translation>
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
    <name>ProductReader</name>
    <message>
        <source>These terms never repay the amount: {problem}</source>
        <translation>按这些条件永远还不清：{problem}</translation>
    </message>
    <message>
        <source>Give it a name you will recognise.</source>
        <translation>请起一个您认得出的名称。</translation>
    </message>
</context>
<context>
    <name>RateChangesEditor</name>
    <message>
        <source>Add a rate change</source>
        <translation>添加利率调整</translation>
    </message>
    <message>
        <source>From the date given the new rate accrues: a repricing, or the end of a promotion (0% for 12 months, then 24.99%). An equal-installment payment is computed again from the first period that starts on or after it.</source>
        <translation>自所填日期起按新利率计息：重定价，或优惠期结束（如 12 个月 0%，之后 24.99%）。等额本息的每期还款从该日期当天或之后开始的第一期起重新计算。</translation>
    </message>
    <message>
        <source>Deferred interest</source>
        <translation>递延利息</translation>
    </message>
    <message>
        <source>Interest deferred, charged from the start if not paid in full by the first change. &quot;No interest if paid in full by …&quot;: if anything is still owed when the promotion ends, the interest the later rate would have charged since the start is charged with the next payment (a card&apos;s, on its next statement).</source>
        <translation>递延利息：若在第一次利率调整前未还清，则从起始日起计收利息。“在……之前还清免息”：优惠期结束时若仍有欠款，则按之后的利率从起始日起本应收取的利息，将随下一期还款一并收取（信用卡则计入下一张账单）。</translation>
    </message>
    <message>
        <source>Date of the rate change</source>
        <translation>利率调整日期</translation>
    </message>
    <message>
        <source>new rate, %</source>
        <translation>新利率，%</translation>
    </message>
    <message>
        <source>New rate in percent</source>
        <translation>新利率（百分比）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove this rate change</source>
        <translation>删除这次利率调整</translation>
    </message>
</context>
<context>
    <name>RateTerms</name>
    <message>
        <source>Day count for odd days</source>
        <translation>零头天数的计息天数规则</translation>
    </message>
    <message>
        <source>How interest over odd days counts: an odd first period, money repaid between due dates, a day&apos;s interest from an annual rate.</source>
        <translation>零头天数如何计息：不足一期的首期、两个还款日之间的提前还款、按年利率计算的日利息。</translation>
    </message>
    <message>
        <source>Interest paid at the end</source>
        <translation>到期支付的利息</translation>
    </message>
    <message>
        <source>Simple: interest on the amount borrowed, paid with it at the end (利随本清). Compounded monthly: each month&apos;s interest is added to what is owed.</source>
        <translation>单利：按借款本金计息，到期连本带息一次付清（利随本清）。按月复利：每月利息计入欠款。</translation>
    </message>
    <message>
        <source>LPR</source>
        <translation>LPR</translation>
    </message>
    <message>
        <source>Rate changes</source>
        <translation>利率调整</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <source>Odd days</source>
        <translation>零头天数</translation>
    </message>
    <message>
        <source>Interest at the end</source>
        <translation>到期利息</translation>
    </message>
    <message>
        <source>By currency: {basis}</source>
        <translation>按币种：{basis}</translation>
    </message>
    <message>
        <source>Enter the spread over the LPR in percent, e.g. -0.30.</source>
        <translation>请输入 LPR 加点百分比，例如 -0.30。</translation>
    </message>
</context>
<context>
    <name>RefinanceDialog</name>
    <message>
        <source>Replace debts with one loan</source>
        <extracomment>The kinds of credit an offer typed in can be (an installment plan: paste or save it).</extracomment>
        <translation>用一笔贷款置换欠款</translation>
    </message>
    <message>
        <source>Debts the new loan repays</source>
        <translation>新贷款要还清的欠款</translation>
    </message>
    <message>
        <source>Debts to repay</source>
        <translation>要还清的欠款</translation>
    </message>
    <message>
        <source>Kind of loan</source>
        <translation>贷款类型</translation>
    </message>
    <message>
        <source>New loan</source>
        <translation>新贷款</translation>
    </message>
    <message>
        <source>what the debts need</source>
        <translation>按欠款所需</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>金额(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Term</source>
        <translation>期限(&amp;T)</translation>
    </message>
    <message>
        <source>Annual &amp;rate (%)</source>
        <translation>年利率（%）(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Fee at signing</source>
        <translation>签约手续费(&amp;F)</translation>
    </message>
    <message>
        <source>Type it</source>
        <translation>手动填写</translation>
    </message>
    <message>
        <source>The lender&apos;s offer text</source>
        <translation>贷款方的报价文字</translation>
    </message>
    <message>
        <source>Paste the lender&apos;s offer: the amount, the number of payments and the rate or fee.</source>
        <translation>粘贴贷款方的报价：金额、期数和利率或手续费。</translation>
    </message>
    <message>
        <source>Paste it</source>
        <translation>粘贴报价</translation>
    </message>
    <message>
        <source>Saved comparison</source>
        <translation>已保存的比较</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>From a saved comparison</source>
        <translation>从已保存的比较中选</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>The new loan</source>
        <translation>新贷款</translation>
    </message>
    <message>
        <source>Tick the debts, describe the new loan, then Compare.</source>
        <translation>勾选欠款，填写新贷款，然后点“比较”。</translation>
    </message>
    <message>
        <source>Refinancing</source>
        <translation>债务置换</translation>
    </message>
    <message>
        <source>Repaid today</source>
        <translation>今天一次还清</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Paid from today</source>
        <translation>从今天起共付</translation>
    </message>
    <message>
        <source>Monthly payment</source>
        <translation>每月还款</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>最后一期</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>回本</translation>
    </message>
    <message>
        <source>Stress score</source>
        <translation>压力评分</translation>
    </message>
    <message>
        <source>What is repaid</source>
        <translation>还清的欠款</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>欠款</translation>
    </message>
    <message>
        <source>Pays it off</source>
        <translation>一次还清需</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>违约金</translation>
    </message>
    <message>
        <source>Still to pay if kept</source>
        <translation>若不还清今后还需付</translation>
    </message>
    <message>
        <source>The new schedule</source>
        <translation>新的还款计划</translation>
    </message>
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
        <translation>还款额</translation>
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
        <source>Balance</source>
        <translation>剩余本金</translation>
    </message>
    <message>
        <source>the text does not say: {fields}</source>
        <translation>文字里没有说明：{fields}</translation>
    </message>
    <message>
        <source>Pasted offer</source>
        <translation>粘贴的报价</translation>
    </message>
    <message>
        <source>no saved comparison has an offer to choose</source>
        <translation>没有可选的已保存报价</translation>
    </message>
    <message>
        <source>enter the annual rate in percent, like 7.2</source>
        <translation>请以百分比填写年利率，例如 7.2</translation>
    </message>
    <message>
        <source>Tick at least one debt for the new loan to repay.</source>
        <translation>请至少勾选一笔由新贷款还清的欠款。</translation>
    </message>
    <message>
        <source>The offer cannot be used: {problem}</source>
        <translation>这个报价无法使用：{problem}</translation>
    </message>
    <message>
        <source>The comparison cannot be worked out: {problem}</source>
        <translation>无法计算这个比较：{problem}</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <source>{amount} left over</source>
        <translation>多出 {amount}</translation>
    </message>
    <message>
        <source>{amount} from your own cash</source>
        <translation>需自备现金 {amount}</translation>
    </message>
    <message>
        <source>none needed, none left over</source>
        <translation>不用补，也不多出</translation>
    </message>
    <message>
        <source>never: the new loan costs more</source>
        <translation>无：新贷款花得更多</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Payments due soon</source>
        <extracomment>How often the check runs while the app is open (ms). The first check, after the window&apos;s first paint (ms).</extracomment>
        <translation>即将到期的还款</translation>
    </message>
    <message>
        <source>{name}: {amount} is overdue</source>
        <translation>{name}：{amount} 已逾期</translation>
    </message>
    <message>
        <source>{name}: {amount} due today</source>
        <translation>{name}：今天应还 {amount}</translation>
    </message>
    <message>
        <source>{name}: {amount} due on {date}</source>
        <translation>{name}：{date} 应还 {amount}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>另有 {count} 笔</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>还款提醒</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>知道了(&amp;D)</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>关闭提醒</translation>
    </message>
    <message>
        <source>Payments due soon: {list}</source>
        <translation>即将到期的还款：{list}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export a report (PDF)</source>
        <translation>导出报告（PDF）</translation>
    </message>
    <message>
        <source>Kind of report</source>
        <translation>报告类型</translation>
    </message>
    <message>
        <source>Portfolio: every item, what is owed and due</source>
        <translation>账目总览：每一项、欠款和应还款</translation>
    </message>
    <message>
        <source>Schedule of one item</source>
        <translation>单项还款计划</translation>
    </message>
    <message>
        <source>Offer comparison (the Compare page)</source>
        <translation>方案比较（“比较方案”页）</translation>
    </message>
    <message>
        <source>Repayment stress: score and warnings</source>
        <translation>还款压力：压力分和预警</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>账目</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>选择保存位置</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报告(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>账目(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>报告另存为</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Reporting</name>
    <message>
        <source>This item has no schedule to report.</source>
        <translation>这一项没有可以报告的还款计划。</translation>
    </message>
    <message>
        <source>Compare at least two offers first.</source>
        <translation>请先比较至少两个方案。</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>正在写入 {name}…</translation>
    </message>
    <message>
        <source>Export a report (PDF)</source>
        <translation>导出报告（PDF）</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>报告已保存到 {path}。</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>未生成报告</translation>
    </message>
    <message>
        <source>The report could not be written: {problem}</source>
        <translation>无法写入报告：{problem}</translation>
    </message>
</context>
<context>
    <name>SavedComparisons</name>
    <message>
        <source>Saved comparisons</source>
        <translation>已保存的比较</translation>
    </message>
    <message>
        <source>Sa&amp;ved:</source>
        <translation>已保存(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>none saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation>无法打开 {name}</translation>
    </message>
    <message>
        <source>Save the comparison</source>
        <translation>保存比较</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Replace {name}?</source>
        <translation>替换 {name}？</translation>
    </message>
    <message>
        <source>A comparison called {name} is saved already. Replace it with these offers?</source>
        <translation>已有名为 {name} 的比较。要用当前这些方案替换它吗？</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>删除 {name}？</translation>
    </message>
    <message>
        <source>Delete the saved comparison {name}? The offers on screen stay.</source>
        <translation>删除已保存的比较 {name}？屏幕上的方案会保留。</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>ScenarioGuide</name>
    <message>
        <source>Scenario guide</source>
        <translation>情景指南</translation>
    </message>
    <message>
        <source>&amp;Reset the scenario</source>
        <translation>重置情景(&amp;R)</translation>
    </message>
    <message>
        <source>Reset the scenario</source>
        <translation>重置情景</translation>
    </message>
    <message>
        <source>A practice profile: nothing is kept. Its dates are moved to around today.</source>
        <translation>练习用的临时档案：不会保存任何内容。其中的日期已平移到今天前后。</translation>
    </message>
    <message>
        <source>Words to know</source>
        <translation>需要了解的术语</translation>
    </message>
    <message>
        <source>Try this</source>
        <translation>动手试试</translation>
    </message>
    <message>
        <source>Questions for the groups</source>
        <translation>给各组的问题</translation>
    </message>
</context>
<context>
    <name>ScenarioPicker</name>
    <message>
        <source>Not a teaching scenario</source>
        <translation>不是教学场景</translation>
    </message>
    <message>
        <source>This file cannot be opened as a teaching scenario: {problem}</source>
        <translation>这个文件无法作为教学场景打开：{problem}</translation>
    </message>
    <message>
        <source>Open a teaching scenario</source>
        <translation>打开教学情景</translation>
    </message>
    <message>
        <source>Each scenario opens as a practice profile: change anything, nothing of yours is touched, and Reset brings it back.</source>
        <translation>每个情景都以练习档案打开：可以随意修改，不会动到你自己的数据，“重置”可恢复原样。</translation>
    </message>
    <message>
        <source>Teaching scenarios</source>
        <translation>教学情景</translation>
    </message>
    <message>
        <source>Scenario summary</source>
        <translation>情景简介</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open a &amp;file…</source>
        <translation>打开文件(&amp;F)…</translation>
    </message>
    <message>
        <source>A scenario saved as one file (File → Save as a teaching scenario…)</source>
        <translation>保存为单个文件的场景（文件 → 另存为教学场景…）</translation>
    </message>
    <message>
        <source>Try this</source>
        <translation>动手试试</translation>
    </message>
    <message>
        <source>Teaching scenario (*.json)</source>
        <translation>教学场景 (*.json)</translation>
    </message>
</context>
<context>
    <name>ScenarioSaveDialog</name>
    <message>
        <source>Save as a teaching scenario</source>
        <translation>另存为教学场景</translation>
    </message>
    <message>
        <source>Names are replaced (items by their kind and number, no lenders, notes or card digits); amounts, rates and dates are kept. Write the guide in English, Chinese or both. Each question is answered by the engine, never typed in.</source>
        <translation>名字会被替换（各项改用类型加编号，去掉贷款机构、备注和卡号后四位）；金额、利率和日期保留。指南可以用英文、中文或两种语言写。每个问题都由计算引擎作答，不用手填答案。</translation>
    </message>
    <message>
        <source>Short name of the scenario</source>
        <translation>场景简称</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <source>Title in Chinese</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <source>Summary in English</source>
        <translation>英文简介</translation>
    </message>
    <message>
        <source>Summary in Chinese</source>
        <translation>中文简介</translation>
    </message>
    <message>
        <source>Steps in English, one a line</source>
        <translation>英文步骤，每行一条</translation>
    </message>
    <message>
        <source>Steps in Chinese, one a line</source>
        <translation>中文步骤，每行一条</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Try this (one step a line)</source>
        <translation>试一试（每行一步）</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>问什么</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount, months or change</source>
        <translation>金额、月数或变化</translation>
    </message>
    <message>
        <source>Question in English</source>
        <translation>英文问题</translation>
    </message>
    <message>
        <source>Question in Chinese</source>
        <translation>中文问题</translation>
    </message>
    <message>
        <source>&amp;Add a question</source>
        <translation>添加问题(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move the question</source>
        <translation>删除问题(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>简称(&amp;S)：</translation>
    </message>
    <message>
        <source>Questions for the worksheet</source>
        <translation>练习单上的问题</translation>
    </message>
    <message>
        <source>What question {number} asks</source>
        <translation>第 {number} 题问什么</translation>
    </message>
    <message>
        <source>Item of question {number}</source>
        <translation>第 {number} 题的项目</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>未保存：{problem}</translation>
    </message>
    <message>
        <source>Save the teaching scenario as</source>
        <translation>教学场景另存为</translation>
    </message>
    <message>
        <source>Teaching scenario (*.json)</source>
        <translation>教学场景 (*.json)</translation>
    </message>
    <message>
        <source>Teaching scenario saved to {path}.</source>
        <translation>教学场景已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>添加一条</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>删除这条</translation>
    </message>
    <message>
        <source>When: monthly, the day (10; empty when the day is not known); twice a month, the two days (10, 25); every two weeks, one payday (2027-01-08); once a year, month-day (1-20); irregular, the day, with the amounts by month in Amount (2027-01: 3000; 2027-02: 5200).</source>
        <translation>时间：每月，填日期（10；日期不定则留空）；每半月，填两个日期（10, 25）；每两周，填其中一个发薪日（2027-01-08）；每年一次，填月-日（1-20）；不固定，填日期，并在金额栏逐月填写（2027-01: 3000; 2027-02: 5200）。</translation>
    </message>
    <message>
        <source>Kind of rule {row}</source>
        <translation>第 {row} 条的类型</translation>
    </message>
    <message>
        <source>Rule {row}: {problem}</source>
        <translation>第 {row} 条：{problem}</translation>
    </message>
    <message>
        <source>A rule does not read: {problem}</source>
        <translation>有一条无法识别：{problem}</translation>
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
        <source>{n} (early)</source>
        <translation>{n}（提前还款）</translation>
    </message>
</context>
<context>
    <name>ScoreCard</name>
    <message>
        <source>Stress score</source>
        <extracomment>Band colours (calm, watch, strained, severe) that read on light and dark backgrounds.</extracomment>
        <translation>压力评分</translation>
    </message>
    <message>
        <source>of 100</source>
        <translation>/ 100</translation>
    </message>
    <message>
        <source>Higher means more strain: calm below 20, watch below 50, strained below 75, severe from 75.</source>
        <translation>分数越高压力越大：低于 20 平稳，低于 50 留意，低于 75 吃紧，75 及以上严重。</translation>
    </message>
    <message>
        <source>Factors of the stress score</source>
        <translation>压力评分的各项因素</translation>
    </message>
    <message>
        <source>Click the score, or press F1 on a factor, to see how it adds up.</source>
        <translation>点击分数，或在某项因素上按 F1，查看分数如何算出。</translation>
    </message>
    <message>
        <source>Needs your income</source>
        <translation>需要填写收入</translation>
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
        <source>Income arrives on set days (paydays, a bonus)</source>
        <translation>收入在固定日期到账（发薪日、奖金）</translation>
    </message>
    <message>
        <source>When the income arrives</source>
        <translation>收入到账时间</translation>
    </message>
    <message>
        <source>Spending goes on set days (rent, bills)</source>
        <translation>开支在固定日期支出（房租、账单）</translation>
    </message>
    <message>
        <source>When the essential spending goes</source>
        <translation>必要开支的支出时间</translation>
    </message>
    <message>
        <source>Average month</source>
        <translation>平均每月</translation>
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
        <source>Reminders</source>
        <translation>还款提醒</translation>
    </message>
    <message>
        <source>Days before a payment</source>
        <translation>还款日前几天</translation>
    </message>
    <message>
        <source>days before</source>
        <translation>天前</translation>
    </message>
    <message>
        <source>&amp;Notify me while Planner is open</source>
        <translation>程序打开时通知我(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remind me</source>
        <translation>提前提醒(&amp;R)</translation>
    </message>
    <message>
        <source>The calendar export (.ics) carries an alarm at 09:00 on each of these days before every payment (0: on the day itself); while Planner is open it shows the payments due within the largest of them.</source>
        <translation>导出的日历（.ics）会在每笔还款前的这些天的 09:00 提醒（0 表示当天）；程序打开时，会显示在其中最大天数内到期的还款。</translation>
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
        <source>No backup was taken: {problem}</source>
        <translation>没有完成备份：{problem}</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>备份已保存：{path}</translation>
    </message>
    <message>
        <source>Add at least one rule that reads.</source>
        <translation>请至少添加一条有效的规则。</translation>
    </message>
    <message>
        <source>An average month: {amount} (how is this computed?)</source>
        <translation>平均每月：{amount}（这是怎么算的？）</translation>
    </message>
    <message>
        <source>Enter an amount of zero or more.</source>
        <translation>请输入零或更大的金额。</translation>
    </message>
    <message>
        <source>Enter days from 0 to 30, separated by commas (3, 1), or leave it empty for no reminders.</source>
        <translation>请填写 0 到 30 的天数，用逗号分隔（3, 1）；留空则不提醒。</translation>
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
    <name>StatementDialog</name>
    <message>
        <source>Import a statement</source>
        <translation>导入账单</translation>
    </message>
    <message>
        <source>{name}: {rows} rows, {repayments} repayments: {matched} matched, {ambiguous} ambiguous, {unmatched} unmatched, {before} recorded before. Choose under Record to which item each pays, or Skip.</source>
        <translation>{name}：共 {rows} 行，其中还款 {repayments} 笔：已匹配 {matched} 笔，待确认 {ambiguous} 笔，未匹配 {unmatched} 笔，之前已记录 {before} 笔。请在“记入”一栏为每笔选择所还的项目，或选择跳过。</translation>
    </message>
    <message>
        <source>{lender}: {amount} on {date} (line {line})</source>
        <translation>{lender}：{date} {amount}（第 {line} 行）</translation>
    </message>
    <message>
        <source>Money lent to you, not yet in the plan (add each as a credit line with its term and rate): {draws}</source>
        <translation>已借到、但尚未列入计划的款项（请按期限和利率逐笔添加为信用贷款）：{draws}</translation>
    </message>
    <message>
        <source>Record {count} payments</source>
        <translation>记录 {count} 笔还款</translation>
    </message>
</context>
<context>
    <name>StatementImport</name>
    <message>
        <source>Import {count} payments from {name}</source>
        <translation>从 {name} 导入 {count} 笔还款</translation>
    </message>
    <message>
        <source>Import a statement</source>
        <translation>导入账单</translation>
    </message>
    <message>
        <source>Statements (*.csv *.txt *.xlsx *.ofx *.qfx);;All files (*)</source>
        <translation>账单 (*.csv *.txt *.xlsx *.ofx *.qfx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{name}: {rows} rows, none of them a repayment.</source>
        <translation>{name}：共 {rows} 行，其中没有还款。</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message>
        <source>Nothing was recorded from {name}: {problem}</source>
        <translation>没有从 {name} 记录任何内容：{problem}</translation>
    </message>
    <message>
        <source>Import a &amp;statement…</source>
        <translation>导入账单(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>Line</source>
        <extracomment>Tints that read on light and dark palettes alike (mostly transparent). The (item id, label) pairs a row may be recorded to; &quot;&quot; is &quot;skip&quot;.</extracomment>
        <translation>行</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Record to</source>
        <translation>记入</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Recorded before</source>
        <translation>之前已记录</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <source>It could pay any of: {names}. Choose one under Record to.</source>
        <translation>可能是以下任一项目的还款：{names}。请在“记入”一栏选择一项。</translation>
    </message>
    <message>
        <source>Paid {difference} against the schedule</source>
        <translation>与还款计划相差 {difference}</translation>
    </message>
    <message>
        <source>This payment is already in the profile; it will not be recorded again.</source>
        <translation>这笔还款已在档案中，不会重复记录。</translation>
    </message>
</context>
<context>
    <name>StressBands</name>
    <message>
        <source>calm</source>
        <translation>平稳</translation>
    </message>
    <message>
        <source>watch</source>
        <translation>留意</translation>
    </message>
    <message>
        <source>strained</source>
        <translation>吃紧</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>严重</translation>
    </message>
</context>
<context>
    <name>StressChart</name>
    <message>
        <source>Debt payments per week, next 13 weeks</source>
        <extracomment>Items drawn on their own; the rest are one &quot;other items&quot; band (the legend stays short).</extracomment>
        <translation>未来 13 周每周还款</translation>
    </message>
    <message>
        <source>Debt payments per month, next 36 months</source>
        <translation>未来 36 个月每月还款</translation>
    </message>
    <message>
        <source>Other items</source>
        <translation>其他账目</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Caution line ({share} of income)</source>
        <translation>警戒线（收入的 {share}）</translation>
    </message>
    <message>
        <source>Danger line ({share} of income)</source>
        <translation>危险线（收入的 {share}）</translation>
    </message>
</context>
<context>
    <name>StressEffectModel</name>
    <message>
        <source>Offer</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Stress score with it</source>
        <translation>采用后的压力分</translation>
    </message>
    <message>
        <source>Score change</source>
        <translation>压力分变化</translation>
    </message>
    <message>
        <source>Warnings with it</source>
        <translation>采用后的预警数</translation>
    </message>
    <message>
        <source>New warnings</source>
        <translation>新增预警</translation>
    </message>
    <message>
        <source>{score} ({band})</source>
        <translation>{score}（{band}）</translation>
    </message>
</context>
<context>
    <name>StressEffectPanel</name>
    <message>
        <source>Effect of each offer on my stress</source>
        <translation>各方案对我还款压力的影响</translation>
    </message>
    <message>
        <source>Stress score now</source>
        <translation>目前的压力分</translation>
    </message>
    <message>
        <source>The effect on your stress cannot be worked out: {problem}</source>
        <translation>无法算出对还款压力的影响：{problem}</translation>
    </message>
    <message>
        <source>Add offers to see what each would do to your stress score and warnings.</source>
        <translation>添加方案，看看每个方案会让你的压力分和预警怎样变化。</translation>
    </message>
    <message>
        <source>Now: stress score {score} ({band}), {count} warnings. Below, the same with each offer taken.</source>
        <translation>目前：压力分 {score}（{band}），{count} 条预警。下表是采用各方案后的情况。</translation>
    </message>
    <message>
        <source>Enter your income in Settings: without it every payment counts as strain.</source>
        <translation>请在“设置”中填写收入：没有收入时，每笔还款都算作压力。</translation>
    </message>
</context>
<context>
    <name>StressPage</name>
    <message>
        <source>Debt payments against income</source>
        <translation>还款与收入对比</translation>
    </message>
    <message>
        <source>&amp;Monthly, 36 months</source>
        <translation>按月，36 个月(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Weekly, 13 weeks</source>
        <translation>按周，13 周(&amp;W)</translation>
    </message>
    <message>
        <source>Obligations and what-ifs</source>
        <translation>还款负担与假设分析</translation>
    </message>
    <message>
        <source>Obligations against income</source>
        <translation>还款与收入</translation>
    </message>
    <message>
        <source>What if… (can I afford this?)</source>
        <translation>假如……（我负担得起吗？）</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>还款压力</translation>
    </message>
    <message>
        <source>The stress analysis cannot be worked out: {problem}</source>
        <translation>无法完成压力分析：{problem}</translation>
    </message>
    <message>
        <source>As of {date}, {currency}</source>
        <translation>截至 {date}，{currency}</translation>
    </message>
    <message>
        <source>No income is recorded: the score and the warnings that weigh payments against income wait for it. Enter your monthly income in Settings.</source>
        <translation>还没有记录收入：压力分，以及拿还款和收入比较的预警，要等填了收入才有。请在“设置”里填写月收入。</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Export as CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>The table could not be written to {path}: {problem}</source>
        <translation>表格无法写入 {path}：{problem}</translation>
    </message>
    <message>
        <source>Exported the table to {path}.</source>
        <translation>表格已导出到 {path}。</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <source>How is this computed?</source>
        <translation>这是怎么算的？</translation>
    </message>
</context>
<context>
    <name>ThresholdsBox</name>
    <message>
        <source>Stress thresholds</source>
        <extracomment>How each threshold is typed: a percentage, money, or a whole number. The whole-number thresholds and the largest value the engine takes for each (from 1).</extracomment>
        <translation>压力阈值</translation>
    </message>
    <message>
        <source>Warn when</source>
        <translation>何时提醒</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>界线</translation>
    </message>
    <message>
        <source>Default, and where it comes from</source>
        <translation>默认值及其依据</translation>
    </message>
    <message>
        <source>Save the &amp;thresholds</source>
        <translation>保存阈值(&amp;T)</translation>
    </message>
    <message>
        <source>Back to the &amp;defaults</source>
        <translation>恢复默认(&amp;D)</translation>
    </message>
    <message>
        <source>Empty: no line for {currency}; only a cap you set applies.</source>
        <translation>留空：{currency} 没有默认线，只用你设定的上限。</translation>
    </message>
    <message>
        <source>Empty: caution {caution} (4 × the one-year LPR, the Supreme People&apos;s Court line), danger {danger}.</source>
        <translation>留空：警戒线 {caution}（一年期 LPR 的 4 倍，最高人民法院的保护线），危险线 {danger}。</translation>
    </message>
    <message>
        <source>Empty: the {currency} danger line, {danger}.</source>
        <translation>留空：{currency} 的危险线 {danger}。</translation>
    </message>
    <message>
        <source>this app&apos;s choice</source>
        <translation>本应用的默认值</translation>
    </message>
    <message>
        <source>Debt payments take more than</source>
        <translation>还款占收入超过</translation>
    </message>
    <message>
        <source>% of income</source>
        <translation>% 收入</translation>
    </message>
    <message>
        <source>Default {value}: the common caution line; the US qualified-mortgage rule used 43%.</source>
        <translation>默认 {value}：常用的警戒线；美国合格抵押贷款规则曾用 43%。</translation>
    </message>
    <message>
        <source>…danger above</source>
        <translation>……超过则为危险</translation>
    </message>
    <message>
        <source>Default {value}: China&apos;s 银监发〔2004〕57号 (housing ≤ 50% of income, all debts ≤ 55%).</source>
        <translation>默认 {value}：银监发〔2004〕57号（房贷 ≤ 收入的 50%，全部债务 ≤ 55%）。</translation>
    </message>
    <message>
        <source>Cash falls below</source>
        <translation>现金低于</translation>
    </message>
    <message>
        <source>Default {value}: running out of money is the line itself.</source>
        <translation>默认 {value}：钱用光本身就是警戒线。</translation>
    </message>
    <message>
        <source>Payments fall within</source>
        <translation>还款集中在</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天内</translation>
    </message>
    <message>
        <source>Default {value} days ({source}).</source>
        <translation>默认 {value} 天（{source}）。</translation>
    </message>
    <message>
        <source>…and together exceed</source>
        <translation>……且合计超过</translation>
    </message>
    <message>
        <source>Default {value}, about a week&apos;s income ({source}).</source>
        <translation>默认 {value}，约一周的收入（{source}）。</translation>
    </message>
    <message>
        <source>Installment plans at once exceed</source>
        <translation>同时在还的分期超过</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>笔</translation>
    </message>
    <message>
        <source>Default {value}, danger above twice that: the CFPB&apos;s 2022 BNPL report on loan stacking.</source>
        <translation>默认 {value}，超过两倍为危险：美国消费者金融保护局 2022 年先买后付报告所说的分期叠加。</translation>
    </message>
    <message>
        <source>True annual rate exceeds</source>
        <translation>真实年化利率超过</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>%/年</translation>
    </message>
    <message>
        <source>Minimum payments take over</source>
        <translation>只还最低还款需要超过</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>Default {value}: the CARD Act disclosure period, 12 CFR 1026.7(b)(12).</source>
        <translation>默认 {value}：美国 CARD 法案披露的比较期，12 CFR 1026.7(b)(12)。</translation>
    </message>
    <message>
        <source>A balloon payment falls within</source>
        <translation>尾款到期在</translation>
    </message>
    <message>
        <source>Default {value} months ({source}).</source>
        <translation>默认 {value} 个月（{source}）。</translation>
    </message>
    <message>
        <source>…and is larger than</source>
        <translation>……且金额超过</translation>
    </message>
    <message>
        <source>× monthly income</source>
        <translation>倍月收入</translation>
    </message>
    <message>
        <source>Default {value} month&apos;s income ({source}).</source>
        <translation>默认 {value} 个月的收入（{source}）。</translation>
    </message>
    <message>
        <source>A promotion with deferred interest ends within</source>
        <translation>递延利息的优惠期在此之内结束</translation>
    </message>
    <message>
        <source>Default {value} months ({source}); before that a caution, from the start, as 12 CFR 1026.7(b)(14) has every statement say.</source>
        <translation>默认 {value} 个月（{source}）；此前从一开始就提示“注意”，正如 12 CFR 1026.7(b)(14) 要求每期账单列明。</translation>
    </message>
    <message>
        <source>The danger line must not be below the caution line.</source>
        <translation>危险线不能低于警戒线。</translation>
    </message>
    <message>
        <source>Enter a whole number from 1 to {most}.</source>
        <translation>请输入 1 到 {most} 之间的整数。</translation>
    </message>
    <message>
        <source>Enter a percentage above 0 (36 for 36%).</source>
        <translation>请输入大于 0 的百分数（36 表示 36%）。</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>Enter a number above 0.</source>
        <translation>请输入大于 0 的数。</translation>
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
        <source>Imported {count} items from {name}: {added} new, {replaced} brought up to date, {unchanged} unchanged.</source>
        <translation>已从 {name} 导入{count}项账目：新增{added}项，更新{replaced}项，{unchanged}项未变。</translation>
    </message>
    <message>
        <source>The household in the file was not taken: this profile has its own.</source>
        <translation>文件中的家庭信息未导入：本档案已有自己的家庭信息。</translation>
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
    <message>
        <source>Change the LPR fixings</source>
        <translation>修改 LPR 报价</translation>
    </message>
    <message>
        <source>Change the stress thresholds</source>
        <translation>修改压力阈值</translation>
    </message>
</context>
<context>
    <name>UpcomingModel</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>自 {date} 起逾期</translation>
    </message>
    <message>
        <source>Your plan pays {plan}; the card&apos;s minimum due is {minimum}.</source>
        <translation>你的计划还 {plan}；这张卡的最低还款额是 {minimum}。</translation>
    </message>
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
<context>
    <name>WarningDetail</name>
    <message>
        <source>Why this warning</source>
        <extracomment>Warnings the table shows before it scrolls.</extracomment>
        <translation>为什么有这条提醒</translation>
    </message>
    <message>
        <source>How is this &amp;computed?</source>
        <translation>这是怎么算的？(&amp;C)</translation>
    </message>
    <message>
        <source>Change the &amp;thresholds…</source>
        <translation>修改阈值(&amp;T)…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>账目</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No warning chosen</source>
        <translation>未选择提醒</translation>
    </message>
</context>
<context>
    <name>WarningsModel</name>
    <message>
        <source>Warning</source>
        <extracomment>Severity colours that read on light and dark backgrounds.</extracomment>
        <translation>提醒</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>账目</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Line crossed</source>
        <translation>超过的线</translation>
    </message>
    <message>
        <source>{severity}: {headline}</source>
        <translation>{severity}：{headline}</translation>
    </message>
    <message>
        <source>{severity}: {warning}</source>
        <translation>{severity}：{warning}</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <source>Warnings</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Working out the warnings…</source>
        <translation>正在计算提醒……</translation>
    </message>
    <message>
        <source>No warnings: nothing in the next 36 months crosses a line. Payments stay within your income and cash.</source>
        <translation>没有提醒：未来 36 个月内没有任何指标越线，还款都在收入和现金的承受范围内。</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Start with what you owe</source>
        <translation>从你欠的钱开始</translation>
    </message>
    <message>
        <source>Planner keeps all your credit on this computer: cards, installment plans, cash loans and ordinary loans, each with its exact schedule and its true annual rate. Add your first item, or let the app read it for you: a lender&apos;s offer as they wrote it, or a statement from Alipay, WeChat Pay or your bank.</source>
        <translation>分期规划把你所有的信贷都保存在这台电脑上：信用卡、分期付款、现金贷和普通贷款，每一项都有准确的还款计划和真实年化利率。添加第一项，或者让软件替你读：贷款方原样写的报价，或者支付宝、微信支付、银行的账单。</translation>
    </message>
    <message>
        <source>&amp;Add your first item…</source>
        <translation>添加第一项(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Paste a lender&apos;s offer…</source>
        <translation>粘贴贷款方报价(&amp;P)…</translation>
    </message>
    <message>
        <source>Import a &amp;statement…</source>
        <translation>导入账单(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a portfolio &amp;file…</source>
        <translation>打开账目文件(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>WhatIfModel</name>
    <message>
        <source>Warning</source>
        <extracomment>Warnings about one item each, matched on their item too; the others are household-wide.</extracomment>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>账目</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>With the changes</source>
        <translation>变化之后</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>{severity}: {figure}</source>
        <translation>{severity}：{figure}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>消失</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>加重</translation>
    </message>
    <message>
        <source>milder</source>
        <translation>减轻</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Income change in percent</source>
        <translation>收入变化（百分比）</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source>Describe a &amp;purchase…</source>
        <translation>描述一笔新消费(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Remove it</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>重新开始(&amp;O)</translation>
    </message>
    <message>
        <source>Income changes by</source>
        <translation>收入变化</translation>
    </message>
    <message>
        <source>Variable rate change in percentage points</source>
        <translation>浮动利率变化（百分点）</translation>
    </message>
    <message>
        <source>Variable rates change by</source>
        <translation>浮动利率变化</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>With the changes</source>
        <translation>变化之后</translation>
    </message>
    <message>
        <source>Warnings now and with the changes</source>
        <translation>现在与变化之后的提醒</translation>
    </message>
    <message>
        <source>Replace debts with one &amp;loan…</source>
        <translation>用一笔贷款置换欠款(&amp;L)…</translation>
    </message>
    <message>
        <source>Refinance or consolidate debts</source>
        <translation>债务置换或合并</translation>
    </message>
    <message>
        <source>A new purchase</source>
        <translation>一笔新消费</translation>
    </message>
    <message>
        <source>New purchase</source>
        <translation>新消费</translation>
    </message>
    <message>
        <source>No new purchase: describe one to see if you can afford it.</source>
        <translation>没有新消费：描述一笔，看看能否负担得起。</translation>
    </message>
    <message>
        <source>New purchase: {name}, {amount} in {term} payments</source>
        <translation>新消费：{name}，{amount}，分 {term} 期</translation>
    </message>
    <message>
        <source>{score} · {band}</source>
        <translation>{score} · {band}</translation>
    </message>
    <message>
        <source>No variable-rate items: a rate rise changes nothing. Tick &quot;Variable rate&quot; on a loan, credit line or card whose rate follows the LPR or another reference rate.</source>
        <translation>没有浮动利率的账目：利率上升不会改变任何结果。如有贷款、信用借款或信用卡的利率随 LPR 或其他基准利率浮动，请勾选“浮动利率”。</translation>
    </message>
    <message>
        <source>Change the income, the rates or add a purchase above: the score and warnings with the change appear beside today&apos;s.</source>
        <translation>在上方调整收入、利率或加入一笔消费：变化后的评分和提醒会显示在现在的旁边。</translation>
    </message>
    <message>
        <source>No new or worse warning, and the score moves by {delta}: on these figures it looks affordable.</source>
        <translation>没有新增或加重的提醒，评分变化 {delta}：按这些数字看，负担得起。</translation>
    </message>
    <message>
        <source>{count} warnings are new or worse and the score moves by {delta}: {names}.</source>
        <translation>有 {count} 条提醒新增或加重，评分变化 {delta}：{names}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The rate change applies to the variable-rate items {items}; fixed-rate items keep their rate.</source>
        <translation>利率变化适用于浮动利率的账目：{items}；固定利率的账目利率不变。</translation>
    </message>
    <message>
        <source>The variable-rate items {items} have nothing left to re-price.</source>
        <translation>浮动利率的账目 {items} 已没有可重新定价的部分。</translation>
    </message>
    <message>
        <source>The what-if cannot be worked out: {problem}</source>
        <translation>无法计算假设情景：{problem}</translation>
    </message>
</context>
</TS>
