<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AdminDesk</name>
    <message>
        <location filename="../../window_app/ui/admin_desk.py" line="+13" />
        <source>用户与窗口</source>
        <translation>Users and windows</translation>
    </message>
    <message>
        <location line="+2" />
        <source>节假日安排</source>
        <translation>Holiday arrangement</translation>
    </message>
    <message>
        <location line="+2" />
        <source>信用名单</source>
        <translation>Credit lists</translation>
    </message>
    <message>
        <location line="+1" />
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location line="+2" />
        <source>审计日志校验</source>
        <translation>Audit log verification</translation>
    </message>
    <message>
        <location line="+2" />
        <source>大厅信息</source>
        <translation>Hall particulars</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../../window_app/ui/board_models.py" line="+100" />
        <source>警示</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location line="+0" />
        <source>申请编号</source>
        <translation>Application No.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>办理事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="+0" />
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+0" />
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="+0" />
        <source>受理日期</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>承诺期限</source>
        <translation>Promised By</translation>
    </message>
    <message>
        <location line="+0" />
        <source>期限计算</source>
        <translation>How the Deadline Is Counted</translation>
    </message>
    <message>
        <location line="+11" />
        <source>● 超期%1个工作日</source>
        <translation>● %1 working day(s) overdue</translation>
    </message>
    <message>
        <location line="+2" />
        <source>● 今日到期</source>
        <translation>● Due today</translation>
    </message>
    <message>
        <location line="+1" />
        <source>● 剩%1个工作日</source>
        <translation>● %1 working day(s) left</translation>
    </message>
    <message>
        <location line="-7" />
        <source>（暂定）</source>
        <translation> (provisional)</translation>
    </message>
</context>
<context>
    <name>ApplicationOutcomes</name>
    <message>
        <location filename="../../window_app/ui/application_outcomes.py" line="+81" />
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>出具的文书编号为%1，与预览的%2不同（其间另一窗口出具了同类文书），请核对后打印</source>
        <translation>The document was issued as %1, not %2 as previewed (another window issued one of this kind meanwhile); check it before printing.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>材料核验已保存</source>
        <translation>Material check saved</translation>
    </message>
    <message>
        <location line="+4" />
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+41" />
        <source>正在受理…</source>
        <translation>Accepting…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>即将出具带文号的法律文书，出具后不能撤回：

%1

确认出具吗？</source>
        <translation>About to issue a numbered legal document; once issued it cannot be withdrawn:

%1

Issue it?</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1. %2：%3%4</source>
        <translation>%1. %2: %3%4</translation>
    </message>
    <message>
        <location line="+5" />
        <source>一次性告知书（补正材料通知书），申请%1，告知以下材料：</source>
        <translation>One-time notice (materials to correct) for application %1, telling these materials:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>（没有需要补正的材料）</source>
        <translation>(no materials to correct)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>出具一次性告知书</source>
        <translation>Issue the one-time notice</translation>
    </message>
    <message>
        <location line="+21" />
        <source>正在出具一次性告知书…</source>
        <translation>Issuing the one-time notice…</translation>
    </message>
    <message>
        <location line="+30" />
        <source>不予受理通知书，申请%1</source>
        <translation>Notice of non-acceptance for application %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>理由：%1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>依据：%1</source>
        <translation>Legal basis: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>建议向：%1申请</source>
        <translation>Apply instead to: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>正在出具不予受理通知书…</source>
        <translation>Issuing the notice of refusal…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>出具不予受理通知书</source>
        <translation>Issue the notice of non-acceptance</translation>
    </message>
    <message>
        <location line="+18" />
        <source>正在按告知承诺办理…</source>
        <translation>Processing under commitment approval…</translation>
    </message>
</context>
<context>
    <name>ApplicationOverview</name>
    <message>
        <location filename="../../window_app/ui/application_overview.py" line="+35" />
        <source>视为受理</source>
        <translation>Deemed accepted</translation>
    </message>
    <message>
        <location line="+2" />
        <source>材料不齐且五个工作日内未一次告知：自收到材料之日起即为受理</source>
        <translation>Materials incomplete and no one-time notice within five working days: accepted as of the day the materials were received</translation>
    </message>
    <message>
        <location line="+5" />
        <source>今日为一次性告知最后一日</source>
        <translation>Today is the last day for the one-time notice</translation>
    </message>
    <message>
        <location line="+2" />
        <source>一次性告知期剩%1个工作日</source>
        <translation>%1 working day(s) left for the one-time notice</translation>
    </message>
    <message>
        <location line="+4" />
        <source>材料不齐的，应在收到材料后五个工作日内一次告知；逾期不告知的，自收到材料之日起即为受理</source>
        <translation>Incomplete materials must be notified once within five working days of receipt; otherwise the application is accepted from the day the materials were received</translation>
    </message>
    <message>
        <location line="+8" />
        <source>　可告知承诺</source>
        <translation>  commitment approval possible</translation>
    </message>
    <message>
        <location line="+4" />
        <source>信用名单：须加强审查</source>
        <translation>Credit list: closer review</translation>
    </message>
    <message>
        <location line="+2" />
        <source>信用名单：不适用告知承诺</source>
        <translation>Credit list: no commitment approval</translation>
    </message>
    <message>
        <location line="+2" />
        <source>信用名单：已提示</source>
        <translation>Credit list: applicant warned</translation>
    </message>
    <message>
        <location line="+10" />
        <source>代理人：%1（%2）</source>
        <translation>Agent: %1 (%2)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1　%2接收　%3　%4　到窗%5次</source>
        <translation>%1   received %2   %3   %4   visits: %5</translation>
    </message>
    <message>
        <location line="+31" />
        <source>告知承诺当场审批；核查期限：%1</source>
        <translation>Commitment approval decided on the spot; verification period: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>受理后起算（受理之日不计入，按工作日计算）</source>
        <translation>Counted from acceptance (the day of acceptance excluded, in working days)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>（暂定）</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>承诺 %1　法定 %2</source>
        <translation>promised %1   statutory %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>
（暂定）：节假日安排尚未公布，已排除法定节假日，调休公布后期限可能调整</source>
        <translation>
(provisional): the holiday arrangement is not yet published; statutory holidays are excluded, the date may change once the make-up days are published</translation>
    </message>
    <message>
        <location line="+28" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1（%2：%3）</source>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>　主管%1批准新增：%2</source>
        <translation>  added with supervisor %1's approval: %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>第%1次一次性告知</source>
        <translation>One-time notice no. %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>已收取 %1　缺少 %2　不符合要求 %3　未核验 %4　承诺代替 %5</source>
        <translation>received %1   missing %2   not acceptable %3   unchecked %4   replaced by commitment %5</translation>
    </message>
</context>
<context>
    <name>ApplicationPage</name>
    <message>
        <location filename="../../forms/application_view.ui" line="+23" />
        <source>申请概况</source>
        <translation>Application Summary</translation>
    </message>
    <message>
        <location line="+4" />
        <source>办理事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+2" />
        <source>显示完整证件号…</source>
        <translation>Show Full ID Number…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>渠道 / 接收</source>
        <translation>Channel / Received</translation>
    </message>
    <message>
        <location line="+2" />
        <source>办结期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+5" />
        <source>登记（三证合一）</source>
        <translation>Registration (three certificates in one)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>营业执照(&amp;L)…</source>
        <translation>Business &amp;licence…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>办理登记 (F10)…</source>
        <translation>Register (F10)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>材料核验</source>
        <translation>Material Check</translation>
    </message>
    <message>
        <location line="+3" />
        <source>空格：收取/撤销　1 已收取　2 缺少　3 不符合要求（须填原因）　+/- 份数　Tab 跳到下一条原因</source>
        <translation>Space: receive/undo   1 received   2 missing   3 not acceptable (reason required)   +/- copies   Tab: next reason</translation>
    </message>
    <message>
        <location line="+13" />
        <location filename="../../window_app/ui/application_view.py" line="+111" />
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+11" />
        <source>预览/打印(&amp;V)…</source>
        <translation>Pre&amp;view/Print…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>流转记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+15" />
        <source>申请人现场补正（计一次到窗）</source>
        <translation>Applicant corrected on the spot (counts as one visit)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>保存核验 (Ctrl+S)</source>
        <translation>Save Check (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>受理 (F6)</source>
        <translation>Accept (F6)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>一次性告知 (F7)</source>
        <translation>One-Time Notice (F7)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>不予受理 (F8)</source>
        <translation>Refuse (F8)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>告知承诺 (F9)</source>
        <translation>Commitment (F9)</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/application_registration.py" line="+20" />
        <source>办理设立登记 (F10)…</source>
        <translation>Establishment registration (F10)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>办理换照 (F10)…</source>
        <translation>Licence exchange (F10)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>办理变更登记 (F10)…</source>
        <translation>Change registration (F10)…</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/application_view.py" line="+0" />
        <source>文号</source>
        <translation>Document No.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>出具日期</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+0" />
        <source>打印次数</source>
        <translation>Prints</translation>
    </message>
    <message>
        <location line="+6" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0" />
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="+0" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+88" />
        <source>显示完整证件号</source>
        <translation>Show Full ID Number</translation>
    </message>
    <message>
        <location line="+0" />
        <source>查看理由（将记入审计日志）：</source>
        <translation>Reason for viewing (recorded in the audit log):</translation>
    </message>
    <message>
        <location line="-127" />
        <source>电子档案</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>容缺材料</source>
        <translation>Materials to follow</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../window_app/ui/complaint_dialogs.py" line="+68" />
        <source>督查</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location line="+6" />
        <source>请选择承办人</source>
        <translation>Choose the handler</translation>
    </message>
    <message>
        <location line="+7" />
        <source>原登记的承办人：%1（未关联账号，请选择账号）</source>
        <translation>Handler recorded before: %1 (not linked to an account; please choose an account)</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../forms/audit_admin.ui" line="+7" />
        <source>审计日志校验</source>
        <translation>Audit log verification</translation>
    </message>
    <message>
        <location line="+2" />
        <source>逐条核对审计记录的带密钥哈希链：任何被修改、删除或插入的记录都会列出。密钥文件须与记录时相同。</source>
        <translation>Checks the keyed hash chain of the audit records one by one: every record that was changed, removed or inserted is listed. The key file must be the one the records were written with.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>开始校验(&amp;V)</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/audit_admin.py" line="+26" />
        <source>记录号</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0" />
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+15" />
        <source>正在校验…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>正在校验：%1 / %2</source>
        <translation>Verifying: %1 / %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>校验通过：%1条审计记录完整，未发现修改、删除或插入。</source>
        <translation>Verified: all %1 audit records are intact; nothing was changed, removed or inserted.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>校验未通过：%1条记录中发现%2处问题（见下表）。请保全数据库与密钥文件并上报。</source>
        <translation>Verification failed: %2 problem(s) in %1 records (see the table). Keep the database and the key file as they are and report it.</translation>
    </message>
</context>
<context>
    <name>BackOfficeModel</name>
    <message>
        <location filename="../../window_app/ui/board_models.py" line="+100" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+0" />
        <source>移交</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location line="+0" />
        <source>签收</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0" />
        <source>已决定</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location line="+1" />
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <location line="+0" />
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0" />
        <source>窗口停留（天）</source>
        <translation>At the window (days)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>部门停留（天）</source>
        <translation>At the department (days)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>核查逾期</source>
        <translation>Verifications overdue</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../forms/backup_admin.ui" line="+7" />
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location line="+8" />
        <source>立即备份(&amp;B)</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location line="+1" />
        <source>从所选备份恢复(&amp;R)…</source>
        <translation>&amp;Restore the selected backup…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>从其他文件恢复…</source>
        <translation>Restore from another file…</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/backup_admin.py" line="+23" />
        <source>每日自动</source>
        <translation>Daily (automatic)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+1" />
        <source>升级前</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <location line="+1" />
        <source>恢复前</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <location line="+13" />
        <source>刚才</source>
        <translation>just now</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1分钟前</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1小时前</source>
        <translation>%1 h ago</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1天前</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <location line="+49" />
        <source>本大厅使用PostgreSQL数据库，由数据库服务器每晚用pg_dump备份并检查（见README“PostgreSQL backups and roles”）；恢复用pg_restore在服务器上进行。</source>
        <translation>This hall uses a PostgreSQL database: the database server backs it up every night with pg_dump and checks the dump (see “PostgreSQL backups and roles” in the README); restoring is done on the server with pg_restore.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>数据库文件：%1。每日首次启动自动备份；每类备份保留最新%2份。</source>
        <translation>Database file: %1. A backup is taken at the first start of each day; the newest %2 of each kind are kept.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>共%1份备份，合计%2；最新一份：%3</source>
        <translation>%1 backups, %2 in all; the newest: %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>尚无备份</source>
        <translation>No backups yet</translation>
    </message>
    <message>
        <location line="+14" />
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>正在检查备份的完整性…</source>
        <translation>Checking the backup's integrity…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>正在备份：%1%</source>
        <translation>Backing up: %1%</translation>
    </message>
    <message>
        <location line="+4" />
        <source>已备份到 %1（%2，完整性检查通过）</source>
        <translation>Backed up to %1 (%2, integrity check passed)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>请先选择一份备份</source>
        <translation>Please select a backup first</translation>
    </message>
    <message>
        <location line="+7" />
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location line="+0" />
        <source>SQLite数据库 (*.sqlite3 *.db);;所有文件 (*)</source>
        <translation>SQLite databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+14" />
        <source>恢复数据库</source>
        <translation>Restore the database</translation>
    </message>
    <message>
        <location line="-13" />
        <source>用 %1 替换当前数据库？当前文件会先另存，不会丢失。恢复后需重新登录，其他窗口也应重新登录。</source>
        <translation>Replace the current database with %1? The current file is put aside first, nothing is lost. After the restore you must sign in again, and so should the other windows.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>正在恢复…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>已从 %1 恢复</source>
        <translation>Restored from %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>已从 %1 恢复数据库。请重新登录。</source>
        <translation>The database was restored from %1. Please sign in again.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location line="-139" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0" />
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0" />
        <source>距今</source>
        <translation>Age</translation>
    </message>
</context>
<context>
    <name>BoardExports</name>
    <message>
        <location filename="../../window_app/ui/board_exports.py" line="+26" />
        <source>导出日报 PDF</source>
        <translation>Export Daily Report PDF</translation>
    </message>
    <message>
        <location line="+0" />
        <source>政务服务日报_%1.pdf</source>
        <translation>daily-report_%1.pdf</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>督查看板_%1.xlsx</source>
        <translation>supervision-board_%1.xlsx</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>无法写入文件：%1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../forms/board.ui" line="+10" />
        <source>统计期间 从(&amp;R)</source>
        <translation>Pe&amp;riod from</translation>
    </message>
    <message>
        <location line="+5" />
        <source>至(&amp;T)</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location line="+5" />
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1" />
        <source>本周</source>
        <translation>This Week</translation>
    </message>
    <message>
        <location line="+1" />
        <source>本月</source>
        <translation>This Month</translation>
    </message>
    <message>
        <location line="+1" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+0" />
        <source>立即重新统计（其他窗口有变动时也会自动刷新）</source>
        <translation>Recount now (also refreshes by itself when another window changes something)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>导出日报 PDF…</source>
        <translation>Export Daily Report PDF…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>投诉登记：本期接收的投诉，以及目前未办结、已超过答复期限的投诉</source>
        <translation>Complaint register: complaints received in the period, and those now open and past their reply deadline</translation>
    </message>
    <message>
        <location line="+3" />
        <source>排队叫号：等候时间自取号至首次叫号；好差评：满意率为非常满意、满意、基本满意的评价占比，实名差评回访率目标100%</source>
        <translation>Queue: the wait runs from taking the ticket to the first call. Ratings: the satisfaction rate is the share rated very satisfied, satisfied or fairly satisfied; the target follow-up rate of real-name bad ratings is 100%</translation>
    </message>
    <message>
        <location line="+14" />
        <source>分窗口</source>
        <translation>By Window</translation>
    </message>
    <message>
        <location line="+5" />
        <source>分人员</source>
        <translation>By Clerk</translation>
    </message>
    <message>
        <location line="+5" />
        <source>分事项</source>
        <translation>By Matter</translation>
    </message>
    <message>
        <location line="+5" />
        <source>分部门</source>
        <translation>By Department</translation>
    </message>
    <message>
        <location line="+15" />
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+5" />
        <source>临期</source>
        <translation>Due Soon</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/board.py" line="+172" />
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+1" />
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1" />
        <source>事项编码</source>
        <translation>Matter Code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>部门编码</source>
        <translation>Department Code</translation>
    </message>
    <message>
        <location line="+12" />
        <source>排队（分业务线、窗口、人员）</source>
        <translation>Queue (by line, window, clerk)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>双击或按回车打开申请</source>
        <translation>Double-click or press Enter to open the application</translation>
    </message>
    <message>
        <location line="+48" />
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>更新于 %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <location line="+39" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+6" />
        <source>排队：取号%1　平均等候%2分钟　90%等候%3分钟　过号%4　转移%5</source>
        <translation>Queue: %1 tickets  average wait %2 min  90%% wait %3 min  no-shows %4  transfers %5</translation>
    </message>
    <message>
        <location line="+11" />
        <source>　好差评：满意率%1　差评%2　实名差评回访率%3（%4/%5）　超期整改%6</source>
        <translation>  Ratings: satisfied %1  bad %2  real-name bad ratings followed up %3 (%4/%5)  overdue rectifications %6</translation>
    </message>
    <message>
        <location line="+21" />
        <source>投诉：本期接收%1件　未办结%2件　其中超期%3件</source>
        <translation>Complaints: %1 received in the period  %2 open  %3 of them overdue</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 ÷ %2</source>
        <translation>%1 ÷ %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 个工作日</source>
        <translation>%1 working day(s)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 ÷ %2 件</source>
        <translation>%1 ÷ %2 cases</translation>
    </message>
    <message>
        <location line="+5" />
        <source>超期（%1）</source>
        <translation>Overdue (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>临期（%1）</source>
        <translation>Due Soon (%1)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>统计截止 %1：超期为已过承诺期限，临期为剩余两个工作日以内</source>
        <translation>As of %1: overdue means past the promised deadline; due soon means two working days or fewer left</translation>
    </message>
    <message>
        <location line="+31" />
        <source>督查看板</source>
        <translation>Supervision Board</translation>
    </message>
    <message>
        <location filename="../../forms/board.ui" line="-15" />
        <source>部门审批</source>
        <translation>Departments (back office)</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../forms/calendar_admin.ui" line="+7" />
        <source>节假日安排</source>
        <translation>Holiday arrangement</translation>
    </message>
    <message>
        <location line="+4" />
        <source>国务院办公厅通知</source>
        <translation>State Council notice</translation>
    </message>
    <message>
        <location line="+2" />
        <source>粘贴“国务院办公厅关于YYYY年部分节假日安排的通知”全文（或 year/holiday/workday 格式的文本），或从文件导入，先预览再保存。</source>
        <translation>Paste the full text of the State Council notice on the year's holidays (国务院办公厅关于YYYY年部分节假日安排的通知), or text in the year/holiday/workday form, or import it from a file; preview it, then save.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>国务院办公厅关于2027年部分节假日安排的通知
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：……</source>
        <translation>国务院办公厅关于2027年部分节假日安排的通知
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：……</translation>
    </message>
    <message>
        <location line="+4" />
        <source>从文件导入…</source>
        <translation>Import from a file…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>预览(&amp;V)</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location line="+1" />
        <source>保存该年安排(&amp;S)</source>
        <translation>&amp;Save the year</translation>
    </message>
    <message>
        <location line="+4" />
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/calendar_admin.py" line="+25" />
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+0" />
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+0" />
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location line="+19" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0" />
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location line="+0" />
        <source>安排</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1年（%2天假日、%3天调休上班，来源：%4）</source>
        <translation>%1 (%2 rest days, %3 make-up working days, source: %4)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>已录入：%1</source>
        <translation>Entered: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>尚未录入任何年份；内置日历到2026年为止，之后的年份须在此录入。</source>
        <translation>No year entered yet; the built-in calendar ends with 2026, later years must be entered here.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>选择节假日通知</source>
        <translation>Choose the holiday notice</translation>
    </message>
    <message>
        <location line="+0" />
        <source>文本文件 (*.txt);;所有文件 (*)</source>
        <translation>Text files (*.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+33" />
        <source>请核对预览后保存。</source>
        <translation>Check the preview, then save.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>放假</source>
        <translation>Rest day</translation>
    </message>
    <message>
        <location line="+0" />
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1年：放假%2天（含周末），调休上班%3天，全年工作日%4天</source>
        <translation>%1: %2 rest days (weekends included), %3 make-up working days, %4 working days in the year</translation>
    </message>
    <message>
        <location line="+10" />
        <source>保存节假日安排</source>
        <translation>Save the holiday arrangement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>保存%1年的安排？已录入的同一年份将被替换，之后的期限按新安排计算。</source>
        <translation>Save the arrangement of %1? A year already entered is replaced; deadlines are counted with the new arrangement from now on.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>已保存%1年的节假日安排</source>
        <translation>The holiday arrangement of %1 was saved</translation>
    </message>
</context>
<context>
    <name>CaseFilePanel</name>
    <message>
        <location filename="../../forms/case_file_panel.ui" line="+14" />
        <source>材料(&amp;M)</source>
        <translation>&amp;Material</translation>
    </message>
    <message>
        <location line="+2" />
        <source>从文件附加…</source>
        <translation>Attach from file…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>扫描一页</source>
        <translation>Scan a page</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/case_file_panel.py" line="+29" />
        <source>材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+0" />
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0" />
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0" />
        <source>附加人及时间</source>
        <translation>Attached by, at</translation>
    </message>
    <message>
        <location line="+0" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+3" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0" />
        <source>扫描文件夹</source>
        <translation>Scanner folder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>扫描仪</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location line="+60" />
        <source>已附加%1个文件</source>
        <translation>Attached %1 file(s)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>选择扫描件</source>
        <translation>Choose a scanned file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>图像或PDF (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</source>
        <translation>Images or PDF (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <location line="-69" />
        <source>复用</source>
        <translation>Reused</translation>
    </message>
    <message>
        <location filename="../../forms/case_file_panel.ui" line="+4" />
        <source>复用此前材料</source>
        <translation>Reuse materials given before</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/case_file_panel.py" line="+29" />
        <source>申请人此前已提交、仍在有效期内：%1（可复用，无需再次提交）</source>
        <translation>Given before by the applicant and still valid: %1 (can be reused; no need to ask again)</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../window_app/ui/rectification.py" line="+37" />
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>办件编号</source>
        <translation>Application No.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>评价人</source>
        <translation>Rated by</translation>
    </message>
    <message>
        <location line="+0" />
        <source>满意度</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+1" />
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+0" />
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="+0" />
        <source>回访期限</source>
        <translation>Follow-up by</translation>
    </message>
    <message>
        <location line="+0" />
        <source>整改期限</source>
        <translation>Rectify by</translation>
    </message>
    <message>
        <location line="+1" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0" />
        <source>时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location line="+4" />
        <source>待回访</source>
        <translation>To follow up</translation>
    </message>
    <message>
        <location line="+0" />
        <source>已回访</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <location line="+1" />
        <source>已答复</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location line="+0" />
        <source>申诉中</source>
        <translation>Under appeal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>申诉成立撤销</source>
        <translation>Withdrawn on appeal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location line="+0" />
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location line="+0" />
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location line="+1" />
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location line="+0" />
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location line="+6" />
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>CatalogueBrowser</name>
    <message>
        <location filename="../../forms/catalogue_browser.ui" line="+5" />
        <location filename="../../window_app/ui/catalogue_browser.py" line="+204" />
        <source>事项目录</source>
        <translation>Matter Catalogue</translation>
    </message>
    <message>
        <location line="+3" />
        <source>查找(&amp;S)：</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>事项名称、编码或拼音首字母（如 spjy）</source>
        <translation>Matter name, code or pinyin initials (e.g. spjy)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>打印办事指南(&amp;G)…</source>
        <translation>Print &amp;Guide…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>打印目录清单、收费目录和中介服务(&amp;L)…</source>
        <translation>Print Matter &amp;List, Fee Catalogue and Intermediary Services…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>导入目录(&amp;I)…</source>
        <translation>&amp;Import Catalogue…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>版本(&amp;V)</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <location line="+6" />
        <source>比较 从(&amp;F)</source>
        <translation>Compare &amp;from</translation>
    </message>
    <message>
        <location line="+2" />
        <source>到(&amp;T)</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location line="+2" />
        <source>比较(&amp;D)</source>
        <translation>Compare (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/catalogue_browser.py" line="-152" />
        <source>现行</source>
        <translation>Current</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1起停止办理</source>
        <translation>Withdrawn from %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+17" />
        <source>事项名称</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="-16" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2" />
        <source>实施部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1" />
        <source>现行版本</source>
        <translation>Version in force</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+8" />
        <source>施行日期</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location line="-6" />
        <source>版本数</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4" />
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+3" />
        <source>导入时间</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+3" />
        <source>材料数</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/catalogue_diff.py" line="+23" />
        <source>第%1版</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1：%2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1与%2内容相同。</source>
        <translation>%1 and %2 have the same content.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1" />
        <source>原</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+1" />
        <source>新</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+15" />
        <source>新增材料：%1</source>
        <translation>Material added: %1</translation>
    </message>
    <message>
        <location line="-14" />
        <location line="+15" />
        <source>删除材料：%1</source>
        <translation>Material removed: %1</translation>
    </message>
    <message>
        <location line="-14" />
        <source>修改材料“%1”：</source>
        <translation>Material “%1” changed:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>材料“%1”%2</source>
        <translation>Material “%1”, %2</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/catalogue_browser.py" line="+49" />
        <source>共%1项</source>
        <translation>%1 matter(s)</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1（%2起）</source>
        <translation>%1 (from %2)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&lt;p&gt;%1 只有一个版本。&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 has only one version.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+22" />
        <source>保存事项目录清单</source>
        <translation>Save Matter List</translation>
    </message>
    <message>
        <location line="+4" />
        <source>正在生成目录清单…</source>
        <translation>Generating the matter list…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>CatalogueImportDialog</name>
    <message>
        <location filename="../../window_app/ui/catalogue_import_dialog.py" line="+18" />
        <source>新增事项</source>
        <translation>New matter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>未变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+14" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+7" />
        <source>目录有 %1 个问题，不能导入：</source>
        <translation>The catalogue has %1 problem(s) and cannot be imported:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1：%2 项新增或修改，%3 项未变化。导入后每项变化生成新版本，已受理的申请仍按原版本办理。</source>
        <translation>%1: %2 matter(s) new or changed, %3 unchanged. Each change becomes a new version; applications already accepted keep their version.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>无变化</source>
        <translation>No changes</translation>
    </message>
    <message>
        <location line="+12" />
        <source>导入事项目录</source>
        <translation>Import Matter Catalogue</translation>
    </message>
    <message>
        <location line="+2" />
        <source>选择事项目录文件夹</source>
        <translation>Choose the Catalogue Folder</translation>
    </message>
    <message>
        <location line="+25" />
        <source>已导入：新增 %1 项，修改 %2 项。</source>
        <translation>Imported: %1 new, %2 changed.</translation>
    </message>
</context>
<context>
    <name>CatalogueImportPreview</name>
    <message>
        <location filename="../../forms/catalogue_import_preview.ui" line="+6" />
        <source>导入事项目录 — 变更预览</source>
        <translation>Import Matter Catalogue — Preview of Changes</translation>
    </message>
    <message>
        <location line="+5" />
        <source>事项 / 字段</source>
        <translation>Matter / Field</translation>
    </message>
    <message>
        <location line="+1" />
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+3" />
        <source>指定新版本施行日期(&amp;D)</source>
        <translation>Effective &amp;date of the new versions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../forms/change_password_dialog.ui" line="+6" />
        <source>修改密码</source>
        <translation>Change Password</translation>
    </message>
    <message>
        <location line="+3" />
        <source>请设置新密码。</source>
        <translation>Please choose a new password.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>原密码(&amp;O)</source>
        <translation>&amp;Old password</translation>
    </message>
    <message>
        <location line="+3" />
        <source>新密码(&amp;N)</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location line="+3" />
        <source>再次输入(&amp;R)</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/password.py" line="+47" />
        <source>首次登录：请修改密码</source>
        <translation>First Login: Change Your Password</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1，这是您第一次登录（或密码已由管理员重置）。继续之前请设置只有您知道的新密码。</source>
        <translation>%1, this is your first login (or an administrator has reset your password). Before you continue, choose a new password that only you know.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>请输入原密码</source>
        <translation>Enter the old password</translation>
    </message>
    <message>
        <location line="+3" />
        <source>两次输入的新密码不一致</source>
        <translation>The two new passwords differ</translation>
    </message>
</context>
<context>
    <name>ChangeRegistrationPage</name>
    <message>
        <location filename="../../forms/change_registration.ui" line="+9" />
        <source>企业变更登记</source>
        <translation>Change registration of an enterprise</translation>
    </message>
    <message>
        <location line="+2" />
        <source>一照一码：统一社会信用代码不变，变更后换发营业执照</source>
        <translation>One licence, one code: the Unified Social Credit Code stays the same; a new licence is issued after the change</translation>
    </message>
    <message>
        <location line="+8" />
        <source>统一社会信用代码(&amp;U)</source>
        <translation>&amp;Unified social credit code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>输入或扫描18位代码后按回车</source>
        <translation>Type or scan the 18-character code, then press Enter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>查询登记信息</source>
        <translation>Look up the register</translation>
    </message>
    <message>
        <location line="+5" />
        <source>登记事项</source>
        <translation>Registered items</translation>
    </message>
    <message>
        <location line="+3" />
        <source>现登记事项</source>
        <translation>Registered now</translation>
    </message>
    <message>
        <location line="+1" />
        <source>变更后</source>
        <translation>After the change</translation>
    </message>
    <message>
        <location line="+1" />
        <source>名称(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+4" />
        <source>住所（经营场所）(&amp;D)</source>
        <translation>&amp;Domicile (place of business)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>法定代表人（负责人、经营者）(&amp;L)</source>
        <translation>&amp;Legal representative (person in charge, operator)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>法定代表人身份证号码(&amp;I)</source>
        <translation>&amp;ID number of the legal representative</translation>
    </message>
    <message>
        <location line="+2" />
        <source>18位，可用读卡器录入</source>
        <translation>18 characters; the ID-card reader can type it</translation>
    </message>
    <message>
        <location line="+2" />
        <source>注册资本（万元）(&amp;C)</source>
        <translation>Registered &amp;capital (10,000 yuan)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>认缴，单位万元</source>
        <translation>Subscribed, in 10,000 yuan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>经营范围(&amp;S)</source>
        <translation>Business &amp;scope</translation>
    </message>
    <message>
        <location line="+4" />
        <source>股东（出资人）(&amp;V)</source>
        <translation>Shareholders (in&amp;vestors)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>添加股东</source>
        <translation>Add Shareholder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>删除所选</source>
        <translation>Remove Selected</translation>
    </message>
    <message>
        <location line="+13" />
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../window_app/ui/change_registration.py" line="+246" />
        <source>变更并换发执照 (Ctrl+Enter)</source>
        <translation>Change and issue a new licence (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/change_registration.py" line="-208" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>住所</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location line="+1" />
        <source>法定代表人身份证号码</source>
        <translation>ID number of the legal representative</translation>
    </message>
    <message>
        <location line="+3" />
        <source>注册资本（万元）</source>
        <translation>Registered capital (10,000 yuan)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>经营范围</source>
        <translation>Business scope</translation>
    </message>
    <message>
        <location line="+1" />
        <source>投资人</source>
        <translation>Investors</translation>
    </message>
    <message>
        <location line="+61" />
        <source>受理申请 %1</source>
        <translation>Application %1</translation>
    </message>
    <message>
        <location line="+56" />
        <source>%1　%2　%3万元</source>
        <translation>%1  %2  %3 (10,000 yuan)</translation>
    </message>
    <message>
        <location line="+71" />
        <source>正在办理变更…</source>
        <translation>Registering the change…</translation>
    </message>
    <message>
        <location line="+34" />
        <source>已变更登记：%1　统一社会信用代码 %2（不变）　执照编号 %3</source>
        <translation>Change registered: %1   Unified Social Credit Code %2 (unchanged)   licence number %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1：%2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>先照后证：新增经营项目已告知%1个部门，双告知书 %2</source>
        <translation>Licence first, permits after: %1 department(s) notified of the new business items, referral notice %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>已变更登记 %1</source>
        <translation>Change registered for %1</translation>
    </message>
    <message>
        <location line="+25" />
        <source>变更登记</source>
        <translation>Change registration</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <location filename="../../window_app/ui/label_names.py" line="+54" />
        <source>现场</source>
        <translation>In person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>邮寄</source>
        <translation>By post</translation>
    </message>
    <message>
        <location line="+1" />
        <source>网上办事大厅</source>
        <translation>Online service hall</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../window_app/ui/checklist_model.py" line="+58" />
        <source>材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+0" />
        <source>要求</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location line="+0" />
        <source>核验结果</source>
        <translation>Check Result</translation>
    </message>
    <message>
        <location line="+0" />
        <source>实收份数</source>
        <translation>Copies Received</translation>
    </message>
    <message>
        <location line="+1" />
        <source>原因（不符合要求时必填）</source>
        <translation>Reason (required when not acceptable)</translation>
    </message>
    <message>
        <location line="+116" />
        <source>（可选）</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>【已收取，不再要求】</source>
        <translation>[received earlier, not required again]</translation>
    </message>
    <message>
        <location line="+19" />
        <source>此前已收取：一次告知，不得再次要求</source>
        <translation>Received earlier: under the one-time notice rule it may not be asked for again</translation>
    </message>
</context>
<context>
    <name>ChecklistResults</name>
    <message>
        <location filename="../../window_app/ui/label_names.py" line="-11" />
        <source>未核验</source>
        <translation>Unchecked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>已收取</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1" />
        <source>缺少</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>不符合要求</source>
        <translation>Not acceptable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>以承诺代替</source>
        <translation>Replaced by commitment</translation>
    </message>
</context>
<context>
    <name>CodeSegmentsPage</name>
    <message>
        <location filename="../../forms/code_segments.ui" line="+7" />
        <source>组织机构代码号段</source>
        <translation>Organisation-code segments</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+17" />
        <source>添加号段</source>
        <translation>Add segment</translation>
    </message>
    <message>
        <location line="-14" />
        <source>号段名称(&amp;M)</source>
        <translation>Segment &amp;name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>如 2026年第一批</source>
        <translation>e.g. 2026 batch 1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>前缀(&amp;P)</source>
        <translation>&amp;Prefix</translation>
    </message>
    <message>
        <location line="+1" />
        <source>如 MA4W（前缀＋序号共8位）</source>
        <translation>e.g. MA4W (prefix + serial = 8 characters)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>起止序号(&amp;R)</source>
        <translation>Serial &amp;range</translation>
    </message>
    <message>
        <location line="+2" />
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location line="+2" />
        <source>9999</source>
        <translation>9999</translation>
    </message>
    <message>
        <location line="+3" />
        <source>限登记机关</source>
        <translation>Only for authority</translation>
    </message>
    <message>
        <location line="+5" />
        <source>作废代码</source>
        <translation>Void a code</translation>
    </message>
    <message>
        <location line="+3" />
        <source>代码本体(&amp;B)</source>
        <translation>Code &amp;body</translation>
    </message>
    <message>
        <location line="+1" />
        <source>8位本体或9位组织机构代码</source>
        <translation>8-character body or 9-character organisation code</translation>
    </message>
    <message>
        <location line="+2" />
        <source>原因(&amp;Y)</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>如 省系统已发放该代码</source>
        <translation>e.g. already issued by the provincial system</translation>
    </message>
    <message>
        <location line="+2" />
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/code_segments_admin.py" line="+78" />
        <source>全部登记机关</source>
        <translation>All authorities</translation>
    </message>
    <message>
        <location line="+35" />
        <source>共%1个号段，可发放代码%2个</source>
        <translation>%1 segment(s), %2 code(s) available</translation>
    </message>
    <message>
        <location line="+22" />
        <source>起止序号应为数字</source>
        <translation>The serial range must be numbers</translation>
    </message>
    <message>
        <location line="+18" />
        <source>已添加号段“%1”：%2 – %3</source>
        <translation>Segment "%1" added: %2 – %3</translation>
    </message>
    <message>
        <location line="+19" />
        <source>已作废代码 %1（%2）</source>
        <translation>Code %1 voided (%2)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>代码段管理</source>
        <translation>Code segments</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../../forms/outcome_commitment.ui" line="+6" />
        <source>告知承诺</source>
        <translation>Commitment Approval</translation>
    </message>
    <message>
        <location line="+3" />
        <source>申请人书面承诺符合许可条件，可以承诺代替的材料不再提交，当场作出决定并在核查期内核查。虚假承诺将依法撤销许可并承担法律责任。</source>
        <translation>The applicant commits in writing that the licensing conditions are met; materials that a commitment may replace need not be submitted. The decision is made on the spot and verified within the verification period. A false commitment leads to revocation of the licence and legal liability.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>承诺人签名(&amp;S)</source>
        <translation>Committer's &amp;signature</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/outcomes.py" line="+154" />
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1" />
        <source>以承诺代替的材料：%1</source>
        <translation>Materials replaced by the commitment: %1</translation>
    </message>
</context>
<context>
    <name>ComplaintAnswerDialog</name>
    <message>
        <location filename="../../forms/complaint_answer_dialog.ui" line="+6" />
        <source>答复投诉</source>
        <translation>Reply to a complaint</translation>
    </message>
    <message>
        <location line="+7" />
        <source>答复内容(&amp;R)</source>
        <translation>&amp;Reply</translation>
    </message>
    <message>
        <location line="+3" />
        <source>满意度(&amp;S)</source>
        <translation>&amp;Satisfaction</translation>
    </message>
</context>
<context>
    <name>ComplaintAssignDialog</name>
    <message>
        <location filename="../../forms/complaint_assign_dialog.ui" line="+6" />
        <source>转办投诉</source>
        <translation>Assign Complaint</translation>
    </message>
    <message>
        <location line="+7" />
        <source>承办人(&amp;H)</source>
        <translation>&amp;Handler</translation>
    </message>
    <message>
        <location line="+3" />
        <source>承办科室(&amp;D)</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <location line="+1" />
        <source>可选：承办人所在科室，如综合受理科</source>
        <translation>Optional: the handler's department, e.g. General Intake Section</translation>
    </message>
</context>
<context>
    <name>ComplaintCategories</name>
    <message>
        <location filename="../../window_app/ui/label_names.py" line="+29" />
        <source>服务态度</source>
        <translation>Attitude of staff</translation>
    </message>
    <message>
        <location line="+1" />
        <source>办理超时</source>
        <translation>Processing too slow</translation>
    </message>
    <message>
        <location line="+1" />
        <source>多次跑动</source>
        <translation>Repeated trips</translation>
    </message>
    <message>
        <location line="+1" />
        <source>乱收费</source>
        <translation>Unauthorised fees</translation>
    </message>
    <message>
        <location line="+1" />
        <source>材料要求不一</source>
        <translation>Inconsistent material requirements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ComplaintChannels</name>
    <message>
        <location line="-13" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>现场</source>
        <translation>At the window</translation>
    </message>
    <message>
        <location line="+1" />
        <source>信函</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>网上</source>
        <translation>Online</translation>
    </message>
</context>
<context>
    <name>ComplaintExportDialog</name>
    <message>
        <location filename="../../forms/complaint_export_dialog.ui" line="+6" />
        <source>导出投诉登记</source>
        <translation>Export Complaints</translation>
    </message>
    <message>
        <location line="+4" />
        <source>导出接收日期在此期间的投诉（任何状态），联系电话隐去中间四位。</source>
        <translation>Exports the complaints received in this period (in any state); the middle four digits of the phone number are hidden.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>接收日期从(&amp;F)</source>
        <translation>Received &amp;from</translation>
    </message>
    <message>
        <location line="+2" />
        <source>至(&amp;T)</source>
        <translation>&amp;to</translation>
    </message>
</context>
<context>
    <name>ComplaintStates</name>
    <message>
        <location filename="../../window_app/ui/label_names.py" line="+22" />
        <source>已登记</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1" />
        <source>处理中</source>
        <translation>In hand</translation>
    </message>
    <message>
        <location line="+1" />
        <source>已答复</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location line="+1" />
        <source>不属实已关闭</source>
        <translation>Closed as unfounded</translation>
    </message>
</context>
<context>
    <name>ComplaintsModel</name>
    <message>
        <location filename="../../window_app/ui/complaints.py" line="+52" />
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>接收时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0" />
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0" />
        <source>涉及</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location line="+0" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1" />
        <source>答复期限</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location line="+0" />
        <source>时限</source>
        <translation>Time Left</translation>
    </message>
    <message>
        <location line="+8" />
        <source>（暂定）</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+5" />
        <source>窗口%1</source>
        <translation>Window %1</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../forms/complaints.ui" line="+11" />
        <location filename="../../window_app/ui/complaints.py" line="+406" />
        <source>投诉登记</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location line="+10" />
        <source>显示(&amp;S)</source>
        <translation>Sho&amp;w</translation>
    </message>
    <message>
        <location line="+3" />
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>导出Excel(&amp;X)…</source>
        <translation>E&amp;xport Excel…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>把一段期间内接收的投诉导出为Excel工作簿（联系电话隐去中间四位）</source>
        <translation>Export the complaints received in a period to an Excel workbook (the middle four digits of the phone number hidden)</translation>
    </message>
    <message>
        <location line="+40" />
        <source>完整电话…</source>
        <translation>Full phone…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>显示投诉人的完整电话（须填写理由，记入审计日志）</source>
        <translation>Show the complainant's full phone number (a reason is required and recorded in the audit log)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>不属实关闭(&amp;C)…</source>
        <translation>Close as &amp;unfounded…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>经核查投诉不属实：写明理由后关闭</source>
        <translation>The complaint proved unfounded: close it with the reason</translation>
    </message>
    <message>
        <location line="+3" />
        <source>转办(&amp;A)…</source>
        <translation>&amp;Assign…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>交给一名窗口人员或督查承办（可注明科室）</source>
        <translation>Hand it to a clerk or supervisor (optionally naming the department)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>答复(&amp;R)…</source>
        <translation>&amp;Reply…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>记录答复内容和投诉人的满意度</source>
        <translation>Record the reply and how satisfied the complainant was</translation>
    </message>
    <message>
        <location line="+7" />
        <source>登记投诉</source>
        <translation>Register a complaint</translation>
    </message>
    <message>
        <location line="+5" />
        <source>渠道(&amp;L)</source>
        <translation>Cha&amp;nnel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>投诉人(&amp;N)</source>
        <translation>Co&amp;mplainant</translation>
    </message>
    <message>
        <location line="+3" />
        <source>联系电话(&amp;P)</source>
        <translation>Phone n&amp;o.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>手机或固定电话，如0759-2345678</source>
        <translation>Mobile or landline, e.g. 0759-2345678</translation>
    </message>
    <message>
        <location line="+2" />
        <source>申请编号(&amp;B)</source>
        <translation>Appl&amp;ication no.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>可选：被投诉的申请，如20261125-0042</source>
        <translation>Optional, e.g. 20261125-0042</translation>
    </message>
    <message>
        <location line="+2" />
        <source>窗口(&amp;W)</source>
        <translation>Win&amp;dow</translation>
    </message>
    <message>
        <location line="+1" />
        <source>可选：无申请编号时填被投诉的窗口，如A01</source>
        <translation>Optional, without an application: e.g. A01</translation>
    </message>
    <message>
        <location line="+2" />
        <source>类别(&amp;G)</source>
        <translation>Categor&amp;y</translation>
    </message>
    <message>
        <location line="+3" />
        <source>投诉内容(&amp;O)</source>
        <translation>Complaint te&amp;xt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>接收时间(&amp;I)</source>
        <translation>Received a&amp;t</translation>
    </message>
    <message>
        <location line="+10" />
        <source>清空(&amp;E)</source>
        <translation>Cl&amp;ear</translation>
    </message>
    <message>
        <location line="+2" />
        <source>登记(&amp;K)</source>
        <translation>Re&amp;gister</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/complaints.py" line="-359" />
        <source>答复期限：接收次日起%1个工作日</source>
        <translation>Reply due %1 working days after the day received</translation>
    </message>
    <message>
        <location line="+3" />
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0" />
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+65" />
        <source>共%1件　临近期限%2件　超期%3件</source>
        <translation>%1 in total  %2 due soon  %3 overdue</translation>
    </message>
    <message>
        <location line="+24" />
        <source>投诉内容：%1</source>
        <translation>Complaint: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>涉及窗口人员：%1</source>
        <translation>Clerk concerned: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>承办人：%1</source>
        <translation>Handler: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>答复（%1，%2）：%3</source>
        <translation>Reply (%1, %2): %3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>不属实关闭（%1）：%2</source>
        <translation>Closed as unfounded (%1): %2</translation>
    </message>
    <message>
        <location line="+61" />
        <source>已登记投诉%1（%2）　答复期限 %3</source>
        <translation>Complaint %1 registered (%2)  reply due %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>已登记投诉%1</source>
        <translation>Complaint %1 registered</translation>
    </message>
    <message>
        <location line="+25" />
        <source>投诉%1：%2（%3）</source>
        <translation>Complaint %1: %2 (%3)</translation>
    </message>
    <message>
        <location line="-169" />
        <source>转办和关闭须由督查（科室负责人）办理</source>
        <translation>Only a supervisor (section head) can assign or close a complaint</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/complaint_dialogs.py" line="-34" />
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/complaints.py" line="+3" />
        <source>答复须由承办人或督查办理</source>
        <translation>Only the complaint's handler or a supervisor can answer it</translation>
    </message>
    <message>
        <location line="+3" />
        <source>导出须由督查办理</source>
        <translation>Only a supervisor can export the complaints</translation>
    </message>
    <message>
        <location line="+60" />
        <source>承办科室：%1</source>
        <translation>Department: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>承办人（原登记，未关联账号）：%1</source>
        <translation>Handler (recorded before, not linked to an account): %1</translation>
    </message>
    <message>
        <location line="+117" />
        <source>正在转办…</source>
        <translation>Assigning…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>投诉%1已转办：%2</source>
        <translation>Complaint %1 assigned to %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>正在保存答复…</source>
        <translation>Saving the reply…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>投诉%1已答复：%2</source>
        <translation>Complaint %1 answered: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>投诉不属实，关闭</source>
        <translation>Close the complaint as unfounded</translation>
    </message>
    <message>
        <location line="+0" />
        <source>关闭理由(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location line="+6" />
        <source>正在关闭…</source>
        <translation>Closing…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>投诉%1已关闭：%2</source>
        <translation>Complaint %1 closed: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>显示完整电话</source>
        <translation>Show the full phone number</translation>
    </message>
    <message>
        <location line="+0" />
        <source>查看理由（将记入审计日志）：</source>
        <translation>Reason for viewing (recorded in the audit log):</translation>
    </message>
    <message>
        <location line="+9" />
        <source>投诉人%1的电话：%2</source>
        <translation>%1's phone: %2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>无法写入文件：%1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>已导出%1件投诉：%2</source>
        <translation>Exported %1 complaint(s): %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <location filename="../../forms/complaints.ui" line="-96" />
        <source>导出PDF(&amp;U)…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>把一段期间内接收的投诉导出为A4投诉登记表PDF（联系电话隐去中间四位），可打印存档</source>
        <translation>Export the complaints received in a period as the A4 complaint register PDF (phone numbers with the middle four digits hidden), for printing and filing</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/complaints.py" line="-38" />
        <source>投诉登记_%1</source>
        <translation>complaints_%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="+6" />
        <source>办结</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location line="+6" />
        <source>办理结果(&amp;R)</source>
        <translation>&amp;Result</translation>
    </message>
    <message>
        <location line="+1" />
        <source>例如：核发食品经营许可证</source>
        <translation>e.g. food business permit issued</translation>
    </message>
    <message>
        <location line="+2" />
        <source>送达方式(&amp;M)</source>
        <translation>Delivery &amp;method</translation>
    </message>
    <message>
        <location line="+3" />
        <source>邮寄地址/邮箱(&amp;A)</source>
        <translation>Postal &amp;address / e-mail</translation>
    </message>
    <message>
        <location line="+2" />
        <source>办结后出具领取通知书并打开打印预览。</source>
        <translation>After completion a collection notice is issued and opened in the print preview.</translation>
    </message>
</context>
<context>
    <name>CreditListsPage</name>
    <message>
        <location filename="../../forms/credit_admin.ui" line="+7" />
        <source>信用名单（失信名单、经营异常名录）</source>
        <translation>Credit lists (bad-credit list, list of abnormal operations)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>显示(&amp;L)</source>
        <translation>Show (&amp;L)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>含已移出的条目</source>
        <translation>Include removed entries</translation>
    </message>
    <message>
        <location line="+6" />
        <source>导入名单</source>
        <translation>Import a list</translation>
    </message>
    <message>
        <location line="+3" />
        <source>名单(&amp;K)</source>
        <translation>List (&amp;K)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>来源(&amp;S)</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location line="+1" />
        <source>如 信用中国（广东）；不填则为文件名</source>
        <translation>e.g. 信用中国（广东）; empty: the file's name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>名单日期(&amp;D)</source>
        <translation>List &amp;date</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CSV/TSV（UTF-8）或xlsx，每行一条：代码（统一社会信用代码或身份证号码）、名称、原因、认定机关、列入日期、移出日期；有表头时按列名识别。</source>
        <translation>CSV/TSV (UTF-8) or xlsx, one entry a row: code (USCC or citizen ID number), name, reason, authority, listed date, removed date; with a header row the columns are found by name.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>选择文件并导入…</source>
        <translation>Choose a file and import…</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/credit_admin.py" line="+25" />
        <source>失信名单</source>
        <translation>Bad-credit list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>经营异常名录</source>
        <translation>Abnormal operations list</translation>
    </message>
    <message>
        <location line="+56" />
        <source>两个名单</source>
        <translation>Both lists</translation>
    </message>
    <message>
        <location line="+27" />
        <source>失信名单%1条，经营异常名录%2条</source>
        <translation>Bad-credit list: %1, abnormal operations list: %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>选择名单文件</source>
        <translation>Choose the list file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>名单文件 (*.csv *.tsv *.txt *.xlsx);;所有文件 (*)</source>
        <translation>List files (*.csv *.tsv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>已从 %1 导入%2：新增%3条，更新%4条</source>
        <translation>Imported the %2 from %1: %3 added, %4 updated</translation>
    </message>
</context>
<context>
    <name>CreditModel</name>
    <message>
        <location line="-92" />
        <source>名单</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+0" />
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0" />
        <source>认定机关</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location line="+1" />
        <source>列入日期</source>
        <translation>Listed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>移出日期</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../forms/decision_dialog.ui" line="+6" />
        <source>作出决定</source>
        <translation>Decide</translation>
    </message>
    <message>
        <location line="+6" />
        <source>决定(&amp;O)</source>
        <translation>Decisi&amp;on</translation>
    </message>
    <message>
        <location line="+3" />
        <source>理由(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>不予许可或撤回须写明理由</source>
        <translation>A refusal or withdrawal needs a written reason</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/processing_dialogs.py" line="+124" />
        <source>决定理由</source>
        <translation>reason for the decision</translation>
    </message>
    <message>
        <location line="-15" />
        <source>准予许可</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>不予许可</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>撤回（终止办理）</source>
        <translation>Withdrawn (processing ended)</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../forms/delivery_dialog.ui" line="+6" />
        <source>送达</source>
        <translation>Deliver</translation>
    </message>
    <message>
        <location line="+6" />
        <source>送达方式(&amp;M)</source>
        <translation>Delivery &amp;method</translation>
    </message>
    <message>
        <location line="+2" />
        <source>领取人(&amp;N)</source>
        <translation>Collected by (&amp;N)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>领取人证件号(&amp;I)</source>
        <translation>Collector's &amp;ID number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>刷身份证或输入18位号码</source>
        <translation>Swipe the ID card or type the 18-character number</translation>
    </message>
    <message>
        <location line="+2" />
        <source>邮件单号(&amp;T)</source>
        <translation>Postal &amp;tracking number</translation>
    </message>
    <message>
        <location line="+3" />
        <source>地址/邮箱(&amp;A)</source>
        <translation>&amp;Address / e-mail</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/processing_dialogs.py" line="+100" />
        <source>收件地址(&amp;A)</source>
        <translation>Postal &amp;address</translation>
    </message>
    <message>
        <location line="+0" />
        <source>邮箱/账号(&amp;A)</source>
        <translation>E-mail / &amp;account</translation>
    </message>
</context>
<context>
    <name>DraftPreviewDialog</name>
    <message>
        <location filename="../../window_app/ui/print_preview.py" line="+195" />
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location line="+1" />
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location line="+11" />
        <source>（预览，尚未出具）</source>
        <translation> (preview, not yet issued)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>打印(&amp;P)</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location line="+1" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5" />
        <source>出具前预览 — %1</source>
        <translation>Preview before issuing — %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>正在生成文书预览…</source>
        <translation>Rendering the preview…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1　%2（预览，打印时出具）</source>
        <translation>%1 %2 (preview: issued when printed)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>这是将要出具和打印的文书。出具后不能撤回；按“打印”出具并打印，按“取消”不出具。</source>
        <translation>This is the document that will be issued and printed. Once issued it cannot be withdrawn: Print issues and prints it, Cancel issues nothing.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>继续(&amp;C)</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location line="+21" />
        <source>第%1页 共%2页</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>EvaluatorWindow</name>
    <message>
        <location filename="../../forms/evaluator.ui" line="+6" />
        <source>服务评价</source>
        <translation>Rate Our Service</translation>
    </message>
    <message>
        <location line="+6" />
        <source>欢迎评价我们的服务</source>
        <translation>You are welcome to rate our service</translation>
    </message>
    <message>
        <location line="+13" />
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+8" />
        <source>请您对本次服务作出评价（自愿）</source>
        <translation>Please rate this service (voluntary)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location line="+1" />
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location line="+1" />
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location line="+1" />
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location line="+1" />
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location line="+2" />
        <source>评价内容（可多选）</source>
        <translation>What applies (choose any)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>其他意见或建议（可不填）</source>
        <translation>Other comments or suggestions (optional)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>提交评价</source>
        <translation>Submit Rating</translation>
    </message>
    <message>
        <location line="+5" />
        <source>感谢您的评价！</source>
        <translation>Thank you for your rating!</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/evaluator.py" line="+49" />
        <source>%1号窗口</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <location line="+40" />
        <source>窗口工作人员：%1</source>
        <translation>Clerk: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>咨询</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>办理事项：%1</source>
        <translation>Matter: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>办件编号：%1</source>
        <translation>Application No.: %1</translation>
    </message>
    <message>
        <location line="+55" />
        <source>%1秒</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>ExchangeBox</name>
    <message>
        <location filename="../../forms/licence_exchange.ui" line="+5" />
        <source>原证照（营业执照、组织机构代码证、税务登记证）</source>
        <translation>Old certificates (business licence, organisation code, tax registration)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>原注册号(&amp;O)</source>
        <translation>&amp;Old registration no.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>15位数字</source>
        <translation>15 digits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>组织机构代码(&amp;G)</source>
        <translation>Or&amp;ganisation code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>XXXXXXXX-X</source>
        <translation>XXXXXXXX-X</translation>
    </message>
    <message>
        <location line="+3" />
        <source>税务登记号(&amp;X)</source>
        <translation>Ta&amp;x registration no.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>15至20位</source>
        <translation>15 to 20 characters</translation>
    </message>
    <message>
        <location line="+1" />
        <source>成立日期(&amp;B)</source>
        <translation>Esta&amp;blished on</translation>
    </message>
</context>
<context>
    <name>ExchangeExtension</name>
    <message>
        <location filename="../../window_app/ui/licence_exchange.py" line="+62" />
        <source>换发营业执照（三证合一）</source>
        <translation>Licence exchange (three certificates in one)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>换照并发照 (Ctrl+Enter)</source>
        <translation>Exchange and issue licence (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>原注册号、组织机构代码、税务登记号 → 统一社会信用代码</source>
        <translation>Old registration no., organisation code, tax no. → unified social credit code</translation>
    </message>
    <message>
        <location line="+38" />
        <source>将发放统一社会信用代码：%1</source>
        <translation>Code to be issued: %1</translation>
    </message>
    <message>
        <location line="+50" />
        <source>换照</source>
        <translation>Licence exchange</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../forms/extension_dialog.ui" line="+6" />
        <source>延长办理期限</source>
        <translation>Extend the Time Limit</translation>
    </message>
    <message>
        <location line="+6" />
        <source>延长工作日(&amp;D)</source>
        <translation>Extend by (working &amp;days)</translation>
    </message>
    <message>
        <location line="+1" />
        <source> 个工作日</source>
        <translation> working day(s)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>延期理由(&amp;R)</source>
        <translation>&amp;Reason for the extension</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <location filename="../../window_app/ui/code_fields.py" line="+127" />
        <source>请选择%1</source>
        <translation>Please choose %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>请填写%1</source>
        <translation>Please fill in %1</translation>
    </message>
</context>
<context>
    <name>FilingSubmission</name>
    <message>
        <location filename="../../window_app/ui/registration_filings.py" line="+68" />
        <source>正在受理…</source>
        <translation>Accepting…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>（暂定，节假日安排未公布）</source>
        <translation> (provisional: holiday schedule not yet published)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>已受理：%1（编号%2）　办结期限 %3　名称已保留，请在“待办登记”中办结</source>
        <translation>Accepted: %1 (no. %2)  deadline %3  the name is reserved; complete it under “Pending registrations”</translation>
    </message>
    <message>
        <location line="+5" />
        <source>已受理，办结期限 %1</source>
        <translation>Accepted, deadline %1</translation>
    </message>
</context>
<context>
    <name>FilingsModel</name>
    <message>
        <location line="+14" />
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>登记机关</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location line="+0" />
        <source>受理日期</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>办结期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0" />
        <source>时限</source>
        <translation>Time Left</translation>
    </message>
    <message>
        <location line="+0" />
        <source>延长</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location line="+5" />
        <source>（暂定）</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+5" />
        <source>已延长%1个工作日</source>
        <translation>Extended by %1 working days</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../forms/first_run_dialog.ui" line="+6" />
        <source>首次使用：创建系统管理员</source>
        <translation>First Run: Create the Administrator</translation>
    </message>
    <message>
        <location line="+3" />
        <source>数据库中还没有任何用户。请创建第一个系统管理员账户，之后用它登录并添加窗口和窗口人员。</source>
        <translation>The database has no users yet. Create the first administrator account, then log in with it to add windows and clerks.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>用户名(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location line="+3" />
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+3" />
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+3" />
        <source>再次输入(&amp;R)</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/first_run.py" line="+50" />
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>GapDialog</name>
    <message>
        <location filename="../../forms/gap_dialog.ui" line="+6" />
        <source>容缺受理</source>
        <translation>Accept with a minor gap</translation>
    </message>
    <message>
        <location line="+4" />
        <source>以下材料未收取，目录标为可容缺。申请人书面承诺在所填日期前补交的，可以容缺受理：承诺补交日期印在受理通知书上，补交（或经科长免于补交）前不作出审批决定。</source>
        <translation>These materials have not been received; the catalogue marks them as ones that may follow later. If the applicant commits in writing to bring them by the dates entered, the application can be accepted with this minor gap: the dates are printed on the acceptance notice, and no decision is made until the materials arrive (or a supervisor waives them).</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/material_gaps_panel.py" line="+38" />
        <source>材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+0" />
        <source>承诺补交日期</source>
        <translation>To bring by</translation>
    </message>
</context>
<context>
    <name>GapsPanel</name>
    <message>
        <location filename="../../forms/gaps_panel.ui" line="+14" />
        <source>登记已补交(&amp;B)</source>
        <translation>Record as &amp;brought</translation>
    </message>
    <message>
        <location line="+1" />
        <source>免于补交（科长）…</source>
        <translation>Waive (supervisor)…</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/material_gaps_panel.py" line="+39" />
        <source>材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+0" />
        <source>承诺补交日期</source>
        <translation>To bring by</translation>
    </message>
    <message>
        <location line="+0" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0" />
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+5" />
        <source>待补交</source>
        <translation>Owed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>已补交</source>
        <translation>Brought</translation>
    </message>
    <message>
        <location line="+1" />
        <source>已免于补交</source>
        <translation>Waived</translation>
    </message>
    <message>
        <location line="+0" />
        <source>逾期未补交</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+22" />
        <source>已逾期%1天</source>
        <translation>%1 day(s) late</translation>
    </message>
    <message>
        <location line="+2" />
        <source>还有%1天</source>
        <translation>%1 day(s) left</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 免于补交：%2</source>
        <translation>%1 waived: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 补交</source>
        <translation>%1 brought</translation>
    </message>
    <message>
        <location line="+9" />
        <source>容缺材料%1项，待补交%2项。补交或免于补交前不能作出审批决定。</source>
        <translation>%1 material(s) to follow, %2 still owed. No decision can be made until they are brought or waived.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>免于补交容缺材料</source>
        <translation>Waive a material to follow</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“%1”不再补交，申请可以作出审批决定。理由记入审计日志。</source>
        <translation>“%1” will not be brought; the application can then be decided. The reason is recorded in the audit log.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>理由(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
</context>
<context>
    <name>GuideBatchDialog</name>
    <message>
        <location filename="../../forms/guide_batch.ui" line="+5" />
        <location filename="../../window_app/ui/guide_printing.py" line="+347" />
        <source>批量打印办事指南</source>
        <translation>Print Guides in Batch</translation>
    </message>
    <message>
        <location line="+3" />
        <source>范围(&amp;R)：</source>
        <translation>&amp;Range:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>版式(&amp;V)：</source>
        <translation>La&amp;yout:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>附英文(&amp;E)</source>
        <translation>With &amp;English</translation>
    </message>
    <message>
        <location line="+1" />
        <source>保存到(&amp;O)：</source>
        <translation>Save t&amp;o:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>浏览(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/guide_printing.py" line="-31" />
        <source>全部事项</source>
        <translation>All matters</translation>
    </message>
    <message>
        <location line="+2" />
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+14" />
        <source>保存到文件夹</source>
        <translation>Save to Folder</translation>
    </message>
    <message>
        <location line="+7" />
        <source>请选择保存的文件夹</source>
        <translation>Choose a folder to save to</translation>
    </message>
    <message>
        <location line="+7" />
        <source>正在生成办事指南…</source>
        <translation>Generating service guides…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+20" />
        <source>正在生成办事指南 %1 / %2</source>
        <translation>Generating service guide %1 / %2</translation>
    </message>
    <message>
        <location line="+17" />
        <source>已生成 %1 / %2 份办事指南（%3 秒），保存在 %4</source>
        <translation>Generated %1 / %2 service guide(s) (%3 s), saved in %4</translation>
    </message>
    <message>
        <location line="+4" />
        <source>已取消。</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>GuidePreview</name>
    <message>
        <location line="-217" />
        <source>附英文(&amp;E)</source>
        <translation>With &amp;English</translation>
    </message>
    <message>
        <location line="+2" />
        <source>另存为PDF(&amp;S)…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>版式：</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>办事指南　%1</source>
        <translation>Service Guide  %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>办事指南预览 — %1</source>
        <translation>Service Guide Preview — %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>正在生成办事指南…</source>
        <translation>Generating service guides…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>共%1页</source>
        <translation>%1 page(s)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>已打印：%1</source>
        <translation>Printed: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>保存办事指南</source>
        <translation>Save Service Guide</translation>
    </message>
    <message>
        <location line="+11" />
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>GuideVariants</name>
    <message>
        <location filename="../../window_app/ui/label_names.py" line="-35" />
        <source>A4（一至两页）</source>
        <translation>A4 (one or two pages)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>三折页</source>
        <translation>Tri-fold leaflet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>大字版</source>
        <translation>Large print</translation>
    </message>
</context>
<context>
    <name>HallDisplay</name>
    <message>
        <location filename="../../forms/hall_display.ui" line="+6" />
        <source>叫号显示屏</source>
        <translation>Call Display</translation>
    </message>
    <message>
        <location line="+4" />
        <source>湛江市政务服务中心 · 叫号信息</source>
        <translation>Zhanjiang Government Service Centre · Calls</translation>
    </message>
    <message>
        <location line="+8" />
        <source>最近叫号</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <location line="+5" />
        <source>请留意叫号，过号请到窗口咨询</source>
        <translation>Please watch for your number; if you missed it, ask at a window</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/hall_display.py" line="+83" />
        <source>号码</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+0" />
        <source>请到窗口</source>
        <translation>Go to</translation>
    </message>
    <message>
        <location line="+2" />
        <source>业务</source>
        <translation>Service line</translation>
    </message>
    <message>
        <location line="+0" />
        <source>等候人数</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+61" />
        <source>%1号窗口</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>请%1号到%2号窗口办理</source>
        <translation>Ticket %1, please go to window %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 → %2号窗口</source>
        <translation>%1 → window %2</translation>
    </message>
</context>
<context>
    <name>HallSettingsPage</name>
    <message>
        <location filename="../../forms/hall_settings.ui" line="+7" />
        <source>大厅信息</source>
        <translation>Hall particulars</translation>
    </message>
    <message>
        <location line="+2" />
        <source>打印的受理通知书、一次性告知书等文书使用这里的大厅名称、地址、办公时间、取件地点和各部门电话；部门未填写的电话使用大厅的电话。</source>
        <translation>Printed receipts, one-time notices and the other documents use the hall's name, address, opening hours, pickup place and each department's phones given here; a department without a phone uses the hall's.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>大厅</source>
        <translation>Hall</translation>
    </message>
    <message>
        <location line="+3" />
        <source>大厅名称(&amp;N)</source>
        <translation>Hall &amp;name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>如 湛江市行政服务中心</source>
        <translation>e.g. 湛江市行政服务中心</translation>
    </message>
    <message>
        <location line="+2" />
        <source>地址(&amp;A)</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location line="+2" />
        <source>办公时间(&amp;H)</source>
        <translation>Opening &amp;hours</translation>
    </message>
    <message>
        <location line="+1" />
        <source>如 周一至周五 上午8:30-12:00，下午14:30-17:30（法定节假日除外）</source>
        <translation>e.g. 周一至周五 上午8:30-12:00，下午14:30-17:30（法定节假日除外）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>取件地点(&amp;P)</source>
        <translation>&amp;Pickup place</translation>
    </message>
    <message>
        <location line="+4" />
        <source>咨询与投诉电话</source>
        <translation>Consultation and complaint phones</translation>
    </message>
    <message>
        <location line="+7" />
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/hall_settings_admin.py" line="+45" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+0" />
        <source>咨询电话</source>
        <translation>Consultation phone</translation>
    </message>
    <message>
        <location line="+0" />
        <source>投诉电话</source>
        <translation>Complaint phone</translation>
    </message>
    <message>
        <location line="+13" />
        <source>差评整改时限（工作日）</source>
        <translation>Time limits for bad ratings (working days)</translation>
    </message>
    <message>
        <location line="+8" />
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location line="+3" />
        <source>保存时限</source>
        <translation>Save time limits</translation>
    </message>
    <message>
        <location line="+10" />
        <source>回访时限(&amp;U)</source>
        <translation>Follow-&amp;up call</translation>
    </message>
    <message>
        <location line="+1" />
        <source>整改时限(&amp;G)</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <location line="+28" />
        <source>已保存：回访%1个工作日，整改%2个工作日（此后的差评按新时限计算）</source>
        <translation>Saved: follow-up within %1 working days, rectification within %2 (bad ratings from now on use them).</translation>
    </message>
    <message>
        <location line="+30" />
        <source>大厅（各部门未填写时使用）</source>
        <translation>The hall (used where a department has none)</translation>
    </message>
    <message>
        <location line="+52" />
        <source>已保存大厅信息。</source>
        <translation>The hall particulars were saved.</translation>
    </message>
</context>
<context>
    <name>HandoverDeskPage</name>
    <message>
        <location filename="../../forms/handover_desk.ui" line="+8" />
        <location filename="../../window_app/ui/handover_desk.py" line="+259" />
        <source>移交与出件</source>
        <translation>Hand-over and delivery</translation>
    </message>
    <message>
        <location line="+4" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+2" />
        <source>待移交审批部门</source>
        <translation>To hand over to the approving departments</translation>
    </message>
    <message>
        <location line="+3" />
        <source>审批部门(&amp;D)</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <location line="+3" />
        <source>生成移交清单并打印(&amp;H)</source>
        <translation>Create the &amp;hand-over list and print</translation>
    </message>
    <message>
        <location line="+8" />
        <source>部门已回传，待出件（统一出件）</source>
        <translation>Returned by the departments, to deliver (single delivery window)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>打开申请办结出件(&amp;O)</source>
        <translation>&amp;Open to complete and deliver</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/handover_desk.py" line="-135" />
        <location line="+2" />
        <source>申请编号</source>
        <translation>Application No.</translation>
    </message>
    <message>
        <location line="-2" />
        <location line="+2" />
        <source>办理事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="-2" />
        <location line="+2" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="-1" />
        <source>受理日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location line="+0" />
        <source>承诺办结日</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location line="+2" />
        <source>审批部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+0" />
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+0" />
        <source>决定文号</source>
        <translation>Decision No.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>决定日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location line="+6" />
        <source>准予许可</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+0" />
        <source>不予许可</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1（%2）— 待移交%3件</source>
        <translation>%1 (%2) — %3 to hand over</translation>
    </message>
    <message>
        <location line="+9" />
        <source>没有待移交的已受理申请</source>
        <translation>No accepted application is waiting to be handed over</translation>
    </message>
    <message>
        <location line="+6" />
        <source>待出件%1件</source>
        <translation>%1 to deliver</translation>
    </message>
    <message>
        <location line="+24" />
        <source>生成移交清单后，以上%1件一并移交，由部门扫码签收</source>
        <translation>Creating the hand-over list hands over the %1 application(s) above together; the department signs for them by scanning</translation>
    </message>
    <message>
        <location line="+26" />
        <source>正在生成移交清单…</source>
        <translation>Creating the hand-over list…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>已生成移交清单%1：%2件移交%3</source>
        <translation>Hand-over list %1 created: %2 application(s) to %3</translation>
    </message>
</context>
<context>
    <name>HandoverListPreview</name>
    <message>
        <location line="-189" />
        <source>移交清单　%1</source>
        <translation>Hand-over list  %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>移交清单 — %1</source>
        <translation>Hand-over list — %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>正在生成移交清单…</source>
        <translation>Creating the hand-over list…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>共%1页</source>
        <translation>%1 page(s)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>已打印</source>
        <translation>Printed</translation>
    </message>
</context>
<context>
    <name>HistoryNotes</name>
    <message>
        <location filename="../../window_app/ui/history_notes.py" line="+34" />
        <source>告知承诺当场审批</source>
        <translation>Commitment approval decided on the spot</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
<message numerus="yes">
        <source>恢复审查，中止%n个工作日</source>
        <translation>
            <numerusform>Review resumed; suspended for %n working day</numerusform>
            <numerusform>Review resumed; suspended for %n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../window_app/ui/lock.py" line="+162" />
        <source>屏幕已锁定</source>
        <translation>Screen Locked</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../window_app/ui/reviewer_inbox.py" line="+37" />
        <source>申请编号</source>
        <translation>Application No.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>办理事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="+0" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+0" />
        <source>移交清单</source>
        <translation>Hand-over list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>签收</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0" />
        <source>承诺办结日</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location line="+0" />
        <source>时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location line="+5" />
        <source>已签收</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0" />
        <source>待签收</source>
        <translation>Awaiting receipt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>IntakeCredit</name>
    <message>
        <location filename="../../window_app/ui/intake_credit.py" line="+64" />
        <source>%1 %2 在&lt;b&gt;%3&lt;/b&gt;中：%4（认定机关：%5；来源：%6；列入日期：%7）</source>
        <translation>%1 %2 is on the &lt;b&gt;%3&lt;/b&gt;: %4 (authority: %5; source: %6; listed: %7)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>信用联合惩戒提示</source>
        <translation>Credit warning</translation>
    </message>
    <message>
        <location line="+0" />
        <source>继续登记？</source>
        <translation>Register the application anyway?</translation>
    </message>
    <message>
        <location line="+11" />
        <source>已记录：申请人在信用名单中，未登记</source>
        <translation>Recorded: the applicant is on a credit list; nothing was registered</translation>
    </message>
    <message>
        <location line="+3" />
        <source>未登记：已记录信用提示及您的选择。</source>
        <translation>Not registered: the credit warning and your choice were recorded.</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../forms/intake.ui" line="+8" />
        <location filename="../../window_app/ui/intake.py" line="+417" />
        <source>新建申请</source>
        <translation>New Application</translation>
    </message>
    <message>
        <location line="+6" />
        <source>渠道与事项</source>
        <translation>Channel and Matter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>申请渠道(&amp;C)</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>办理事项(&amp;X)</source>
        <translation>Matte&amp;r</translation>
    </message>
    <message>
        <location line="+0" />
        <source>事项名称、编码或拼音首字母，如 spjy</source>
        <translation>Matter name, code or pinyin initials, e.g. spjy</translation>
    </message>
    <message>
        <location line="+0" />
        <source>已选事项</source>
        <translation>Selected matter</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../window_app/ui/intake.py" line="-15" />
        <source>（未选择）</source>
        <translation>(none selected)</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../window_app/ui/intake_credit.py" line="-79" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+3" />
        <source>自然人(&amp;1)</source>
        <translation>Natural person (&amp;1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>法人或其他组织(&amp;2)</source>
        <translation>Legal person or other organisation (&amp;2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>姓名(&amp;M)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>身份证号(&amp;I)</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <location line="+0" />
        <source>18位，可用读卡器读取</source>
        <translation>18 characters; the card reader can fill it in</translation>
    </message>
    <message>
        <location line="+0" />
        <source>联系电话(&amp;T)</source>
        <translation>&amp;Telephone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>单位名称(&amp;M)</source>
        <translation>Organisation &amp;name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>统一社会信用代码(&amp;U)</source>
        <translation>&amp;Unified social credit code</translation>
    </message>
    <message>
        <location line="+0" />
        <source>18位，可扫描营业执照二维码</source>
        <translation>18 characters; scan the QR code on the business licence</translation>
    </message>
    <message>
        <location line="+0" />
        <source>联系电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location line="+4" />
        <source>委托代理人（勾选后增加授权委托书等材料）</source>
        <translation>Represented by an agent (adds the power of attorney and related materials)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>代理人姓名</source>
        <translation>Agent's name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>代理人身份证号</source>
        <translation>Agent's ID number</translation>
    </message>
    <message>
        <location line="+6" />
        <source>情形选择</source>
        <translation>Circumstances</translation>
    </message>
    <message>
        <location line="+2" />
        <source>本事项无需选择情形。</source>
        <translation>This matter has no circumstances to choose.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>应交材料</source>
        <translation>Required Materials</translation>
    </message>
    <message>
        <location line="+11" />
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../window_app/ui/intake.py" line="-62" />
        <source>登记并核验材料 (Ctrl+Enter)</source>
        <translation>Register and Check Materials (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/intake_credit.py" line="-5" />
        <source>本事项不适用告知承诺制，按一般程序办理</source>
        <translation>For this matter commitment-based approval is not available: the ordinary procedure applies</translation>
    </message>
    <message>
        <location line="+1" />
        <source>本事项可以受理，须加强审查</source>
        <translation>For this matter the application may be accepted and is marked for closer review</translation>
    </message>
    <message>
        <location line="+1" />
        <source>本事项仅作提示，正常办理</source>
        <translation>For this matter the warning is information only: the application proceeds normally</translation>
    </message>
    <message>
        <location line="+4" />
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/intake.py" line="-217" />
        <source>没有找到匹配的事项：%1</source>
        <translation>No matching matter: %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>　可告知承诺</source>
        <translation>  commitment approval possible</translation>
    </message>
    <message>
        <location line="+57" />
        <source>（可选）</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location line="+93" />
        <source>请先选择办理事项</source>
        <translation>Choose the matter first</translation>
    </message>
    <message>
        <location line="+45" />
        <source>正在登记…</source>
        <translation>Registering…</translation>
    </message>
    <message>
        <location line="+45" />
        <source>已登记申请 %1，请核验材料</source>
        <translation>Application %1 registered; please check the materials</translation>
    </message>
    <message>
        <location filename="../../forms/intake.ui" line="-30" />
        <location line="+7" />
        <source>最多30个字</source>
        <translation>at most 30 characters</translation>
    </message>
    <message>
        <location line="-6" />
        <source>最多60个字</source>
        <translation>at most 60 characters</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/intake.py" line="-87" />
        <source>请填写%1</source>
        <translation>Please fill in: %1</translation>
    </message>
</context>
<context>
    <name>InvestorsModel</name>
    <message>
        <location filename="../../window_app/ui/investors.py" line="+47" />
        <source>姓名（名称）</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>身份证号或统一社会信用代码</source>
        <translation>ID number or USCC</translation>
    </message>
    <message>
        <location line="+0" />
        <source>认缴出资（万元）</source>
        <translation>Subscribed (10,000 yuan)</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../forms/kiosk.ui" line="+6" />
        <location line="+6" />
        <source>自助取号</source>
        <translation>Take a Ticket</translation>
    </message>
    <message>
        <location line="+3" />
        <source>请选择办理的业务</source>
        <translation>Choose your service</translation>
    </message>
    <message>
        <location line="+5" />
        <source>老年人优先</source>
        <translation>Priority: elderly</translation>
    </message>
    <message>
        <location line="+1" />
        <source>残疾人优先</source>
        <translation>Priority: disabled</translation>
    </message>
    <message>
        <location line="+2" />
        <source>已在网上预约？请输入或扫描预约号签到：</source>
        <translation>Booked online? Type or scan your appointment number to check in:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>预约签到</source>
        <translation>Check In</translation>
    </message>
    <message>
        <location line="+18" />
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/kiosk.py" line="+63" />
        <source>尚未设置业务队列，请联系工作人员</source>
        <translation>No service lines are set up yet; please ask the staff</translation>
    </message>
    <message>
        <location line="+44" />
        <source>您前面还有%1人等候</source>
        <translation>%1 waiting ahead of you</translation>
    </message>
    <message>
        <location line="+7" />
        <source>请记住您的号码</source>
        <translation>Please remember your number</translation>
    </message>
    <message>
        <location line="+5" />
        <source>取号凭条打印失败，请记住您的号码或联系工作人员</source>
        <translation>The ticket could not be printed; please remember your number or ask the staff</translation>
    </message>
    <message>
        <location line="+1" />
        <source>请取走取号凭条</source>
        <translation>Please take your ticket</translation>
    </message>
</context>
<context>
    <name>LicenceExchange</name>
    <message>
        <location filename="../../window_app/ui/licence_exchange.py" line="-124" />
        <source>组织机构代码应为9位（8位本体加1位校验码），输入为%1位</source>
        <translation>An organisation code has 9 characters (8-character body and a check character); %1 typed</translation>
    </message>
    <message>
        <location line="+4" />
        <source>组织机构代码本体只能含数字和大写字母</source>
        <translation>The organisation-code body may contain only digits and capital letters</translation>
    </message>
    <message>
        <location line="+3" />
        <source>组织机构代码校验码错误：第9位为“%1”，按本体应为“%2”</source>
        <translation>Organisation-code check character wrong: the 9th character is "%1", the body gives "%2"</translation>
    </message>
</context>
<context>
    <name>LicencePrintDialog</name>
    <message>
        <location filename="../../forms/licence_print.ui" line="+6" />
        <source>打印营业执照</source>
        <translation>Print business licence</translation>
    </message>
    <message>
        <location line="+4" />
        <source>统一社会信用代码(&amp;U)</source>
        <translation>&amp;Unified social credit code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>18位，可扫描营业执照二维码</source>
        <translation>18 characters; scan the licence QR code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>完整版式(&amp;1)</source>
        <translation>Facsimile (&amp;1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>套打到执照纸(&amp;2)</source>
        <translation>Overlay on licence paper (&amp;2)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>套打位置校准（系统管理员）</source>
        <translation>Overlay calibration (administrators)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>打印校准页…</source>
        <translation>Print test page…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>右移</source>
        <translation>Right</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location line="-1" />
        <source>上移</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+2" />
        <source>保存偏移</source>
        <translation>Save offset</translation>
    </message>
    <message>
        <location line="+8" />
        <source>双告知书(&amp;N)…</source>
        <translation>Referral &amp;notice…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/licence_print.py" line="+103" />
        <source>营业执照 — 预览与打印</source>
        <translation>Business licence — preview and print</translation>
    </message>
    <message>
        <location line="+38" />
        <source>正在生成执照…</source>
        <translation>Rendering the licence…</translation>
    </message>
    <message>
        <location line="+24" />
        <source>套打预览：仅打印各栏内容，请放入营业执照专用纸</source>
        <translation>Overlay preview: only the values are printed; load pre-printed licence paper</translation>
    </message>
    <message>
        <location line="+2" />
        <source>完整版式：在空白纸上打印执照全部内容及二维码</source>
        <translation>Facsimile: the whole licence with its QR code on blank paper</translation>
    </message>
    <message>
        <location line="+56" />
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location line="+31" />
        <source>已打印营业执照 %1</source>
        <translation>Licence %1 printed</translation>
    </message>
    <message>
        <location line="+3" />
        <source>（套打，偏移 右%1 上%2 毫米）</source>
        <translation> (overlay, offset right %1 up %2 mm)</translation>
    </message>
    <message>
        <location line="+37" />
        <source>套打偏移（%1）：右 %2 毫米，上 %3 毫米</source>
        <translation>Overlay offset (%1): right %2 mm, up %3 mm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>默认打印机</source>
        <translation>default printer</translation>
    </message>
    <message>
        <location line="+16" />
        <source>正在打印校准页…</source>
        <translation>Printing the test page…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>校准页已打印到 %1：量出十字与方框的偏差，填入右移/上移后保存。</source>
        <translation>Test page printed on %1: measure how far the crosshairs miss the boxes, enter right/up and save.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>已保存该打印机的套打偏移</source>
        <translation>Overlay offset saved for this printer</translation>
    </message>
    <message>
        <location line="+38" />
        <source>双告知书</source>
        <translation>Referral notice</translation>
    </message>
    <message>
        <location line="-140" />
        <source>补打原因</source>
        <translation>Reason for reprinting</translation>
    </message>
    <message>
        <location line="+1" />
        <source>此营业执照已打印过，请填写补打原因（如：原件遗失）：</source>
        <translation>This licence has been printed before. Enter the reason for reprinting it (e.g. original lost):</translation>
    </message>
    <message>
        <location line="+22" />
        <source>（补打第%1次）</source>
        <translation> (reprint no. %1)</translation>
    </message>
</context>
<context>
    <name>Lights</name>
    <message>
        <location filename="../../window_app/ui/lights.py" line="+12" />
        <source>● 正常</source>
        <translation>● On time</translation>
    </message>
    <message>
        <location line="+1" />
        <source>● 临近期限</source>
        <translation>● Due soon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>● 已超期</source>
        <translation>● Overdue</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../forms/lock_dialog.ui" line="+6" />
        <location line="+3" />
        <source>屏幕已锁定</source>
        <translation>Screen Locked</translation>
    </message>
    <message>
        <location line="+9" />
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+8" />
        <source>注销并返回登录</source>
        <translation>Log Out and Return to Login</translation>
    </message>
    <message>
        <location line="+2" />
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/lock.py" line="-121" />
        <source> · 窗口 %1</source>
        <translation> · window %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>请输入该用户的密码解锁</source>
        <translation>Enter this user's password to unlock</translation>
    </message>
    <message>
        <location line="+8" />
        <source>请输入密码</source>
        <translation>Enter the password</translation>
    </message>
    <message>
        <location line="+19" />
        <source>注销</source>
        <translation>Log Out</translation>
    </message>
    <message>
        <location line="+0" />
        <source>注销将关闭所有页面，未保存的内容会丢失。确定注销？</source>
        <translation>Logging out closes all pages; unsaved input is lost. Log out?</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../forms/login_dialog.ui" line="+6" />
        <source>登录</source>
        <translation>Log In</translation>
    </message>
    <message>
        <location line="+3" />
        <source>政务服务窗口受理系统</source>
        <translation>Government Service Window Desk</translation>
    </message>
    <message>
        <location line="+4" />
        <source>用户名(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/login.py" line="+43" />
        <source>首次使用：此大厅的每个人以自己的身份登录数据库，窗口上不能创建第一位管理员。请数据库属主在服务器上运行 window-app --database 属主的连接 users add 用户名 --name 姓名 --role administrator --password-stdin（见 README），之后管理员在此登录并创建其他用户。</source>
        <translation>First run: on this hall everyone signs in to the database as themselves, so a window cannot create the first administrator. The database owner runs window-app --database OWNER-URL users add USERNAME --name NAME --role administrator --password-stdin on the server (see the README); the administrator then signs in here and creates the other users.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>请输入用户名和密码</source>
        <translation>Enter the user name and password</translation>
    </message>
</context>
<context>
    <name>LookupModel</name>
    <message>
        <location filename="../../window_app/ui/lookup.py" line="+27" />
        <source>申请编号</source>
        <translation>Application No.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>办理事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="+0" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+0" />
        <source>证件号码</source>
        <translation>ID Number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location line="+0" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0" />
        <source>接收日期</source>
        <translation>Received</translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <location filename="../../forms/lookup.ui" line="+11" />
        <source>查找(&amp;Q)</source>
        <translation>&amp;Query</translation>
    </message>
    <message>
        <location line="+4" />
        <source>申请编号、申请人名称、身份证号、统一社会信用代码或电话</source>
        <translation>Application number, applicant name, ID number, unified social credit code or telephone</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../window_app/ui/lookup.py" line="+84" />
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/lookup.py" line="-37" />
        <source>正在查找…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>找到%1件</source>
        <translation>%1 found</translation>
    </message>
    <message>
        <location line="+0" />
        <source>没有找到</source>
        <translation>Nothing found</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../forms/main_window.ui" line="+6" />
        <source>政务服务窗口受理系统</source>
        <translation>Government Service Window Desk</translation>
    </message>
    <message>
        <location line="+13" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+11" />
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+3" />
        <source>业务(&amp;Y)</source>
        <translation>&amp;Business</translation>
    </message>
    <message>
        <location line="+13" />
        <source>投诉(&amp;T)</source>
        <translation>Com&amp;plaints</translation>
    </message>
    <message>
        <location line="+4" />
        <source>督查(&amp;D)</source>
        <translation>&amp;Supervision</translation>
    </message>
    <message>
        <location line="+5" />
        <source>管理(&amp;M)</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <location line="+10" />
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location line="+3" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+12" />
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location line="+11" />
        <source>新建申请(&amp;N)</source>
        <translation>&amp;New Application</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+1" />
        <source>接待下一位申请人</source>
        <translation>Serve the next applicant</translation>
    </message>
    <message>
        <location line="+2" />
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+1" />
        <source>按编号、姓名、证件号、信用代码或电话查找</source>
        <translation>Find by number, name, ID number, credit code or telephone</translation>
    </message>
    <message>
        <location line="+2" />
        <source>打印办事指南(&amp;G)</source>
        <translation>Print &amp;Guide</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location line="+1" />
        <source>为申请人打印所选事项的办事指南</source>
        <translation>Print the service guide of the selected matter for the applicant</translation>
    </message>
    <message>
        <location line="+2" />
        <source>批量打印办事指南…</source>
        <translation>Print Guides in Batch…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>锁定屏幕(&amp;L)</source>
        <translation>&amp;Lock Screen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+2" />
        <source>注销</source>
        <translation>Log Out</translation>
    </message>
    <message>
        <location line="+2" />
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3" />
        <source>今日工作清单(&amp;W)</source>
        <translation>Today's &amp;Work List</translation>
    </message>
    <message>
        <location line="+1" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+1" />
        <source>刷新今日工作清单</source>
        <translation>Refresh today's work list</translation>
    </message>
    <message>
        <location line="+2" />
        <source>企业设立登记(&amp;E)…</source>
        <translation>&amp;Enterprise Establishment Registration…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1" />
        <source>三证合一、一照一码</source>
        <translation>Three certificates in one; one licence, one code</translation>
    </message>
    <message>
        <location line="+2" />
        <source>待办登记(&amp;P)…</source>
        <translation>&amp;Pending Registrations…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>已受理、尚未办结的设立登记</source>
        <translation>Establishment registrations accepted and not yet decided</translation>
    </message>
    <message>
        <location line="+2" />
        <source>企业变更登记(&amp;G)…</source>
        <translation>Chan&amp;ge registration of an enterprise…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>名称、住所、法定代表人、注册资本、经营范围变更，统一社会信用代码不变</source>
        <translation>Changes of name, domicile, legal representative, registered capital or business scope; the Unified Social Credit Code stays the same</translation>
    </message>
    <message>
        <location line="+2" />
        <source>换发营业执照…</source>
        <translation>Exchange Business Licence…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>打印营业执照…</source>
        <translation>Print Business Licence…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>投诉登记(&amp;T)</source>
        <translation>&amp;Complaint register</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+2" />
        <source>督查看板(&amp;B)</source>
        <translation>Supervision &amp;Board</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location line="+2" />
        <source>日报导出…</source>
        <translation>Export Daily Report…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>排队叫号(&amp;Q)</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>本窗口的叫号、重呼、过号、转移和评价</source>
        <translation>This window's calls, recalls, no-shows, transfers and ratings</translation>
    </message>
    <message>
        <location line="+2" />
        <source>业务队列与预约…</source>
        <translation>Queue Lines and Appointments…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>业务队列、服务窗口和所属事项（系统管理员），今日预约的登记和导入</source>
        <translation>Queue lines, their windows and matters (administrators); today's appointments, entered or imported</translation>
    </message>
    <message>
        <location line="+2" />
        <source>叫下一号</source>
        <translation>Call Next</translation>
    </message>
    <message>
        <location line="+1" />
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>请申请人评价</source>
        <translation>Ask for a Rating</translation>
    </message>
    <message>
        <location line="+1" />
        <source>F12</source>
        <translation>F12</translation>
    </message>
    <message>
        <location line="+1" />
        <source>在本窗口的评价器上请申请人对本次服务评价（当前申请或当前号）</source>
        <translation>Ask the applicant to rate this service on the window's evaluator (the open application or the current ticket)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>差评整改(&amp;G)</source>
        <translation>Bad-Rating Rectification(&amp;G)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>实名差评的回访、整改、答复和申诉</source>
        <translation>Follow-up, rectification, reply and appeal of real-name bad ratings</translation>
    </message>
    <message>
        <location line="+5" />
        <source>双随机抽查(&amp;R)</source>
        <translation>&amp;Random Spot Checks</translation>
    </message>
    <message>
        <location line="+1" />
        <source>随机抽取检查对象，随机选派检查人员</source>
        <translation>Draw objects to inspect and inspectors at random</translation>
    </message>
    <message>
        <location line="+2" />
        <source>事项目录(&amp;C)</source>
        <translation>Matter &amp;Catalogue</translation>
    </message>
    <message>
        <location line="+2" />
        <source>用户与窗口…</source>
        <translation>Users and Windows…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>代码段管理…</source>
        <translation>Code Segments…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>节假日安排…</source>
        <translation>Holiday Arrangements…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>信用名单…</source>
        <translation>Credit lists…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>大厅信息…</source>
        <translation>Hall particulars…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>语言、字号与打印机(&amp;P)…</source>
        <translation>Language, font size and &amp;printers…</translation>
    </message>
    <message>
        <location line="-6" />
        <source>备份与恢复…</source>
        <translation>Backup and Restore…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>审计日志校验…</source>
        <translation>Verify Audit Log…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+2" />
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/main_window.py" line="+39" />
        <source>窗口人员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>督查/科室负责人</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+176" />
        <source>无法完成</source>
        <translation>Could Not Complete</translation>
    </message>
    <message>
        <location line="+10" />
        <source>未绑定窗口</source>
        <translation>no window assigned</translation>
    </message>
    <message>
        <location line="+2" />
        <source>窗口：%1</source>
        <translation>Window: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 — 窗口 %2 — %3</source>
        <translation>%1 — Window %2 — %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>未绑定</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+43" />
        <source>切换语言</source>
        <translation>Switch language</translation>
    </message>
    <message>
        <location line="+1" />
        <source>有页面尚未保存。现在重新打开窗口将丢失未保存的内容；否则新语言在下次打开窗口时生效。现在重新打开？</source>
        <translation>A page has unsaved input. Reopening the window now loses it; otherwise the new language applies the next time the window opens. Reopen now?</translation>
    </message>
    <message>
        <location line="+10" />
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+1" />
        <source>政务服务窗口受理系统 %1
一窗受理 · 一次告知 · 限时办结</source>
        <translation>Government Service Window Desk %1
One window · one-time notice · decided on time</translation>
    </message>
    <message>
        <location line="+8" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+0" />
        <source>此页有尚未保存的内容，确定关闭？</source>
        <translation>This page has unsaved input. Close it anyway?</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/guide_printing.py" line="+162" />
        <source>事项目录（查阅）(&amp;C)</source>
        <translation>Matter &amp;Catalogue (Read Only)</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/main_window.py" line="-285" />
        <source>审批人员</source>
        <translation>Department reviewer</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="-25" />
        <source>移交与出件(&amp;J)</source>
        <translation>Hand-over and delivery (&amp;J)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>把已受理申请按部门生成移交清单；部门回传的决定在此出件</source>
        <translation>Hand accepted applications to their departments on a hand-over list; deliver the decisions they return</translation>
    </message>
</context>
<context>
    <name>Materials</name>
    <message numerus="yes">
        <location filename="../../window_app/ui/material_text.py" line="+15" />
        <source>原件 %n份</source>
        <translation>
            <numerusform>original, %n copy</numerusform>
            <numerusform>original, %n copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>复印件 %n份</source>
        <translation>
            <numerusform>photocopy, %n copy</numerusform>
            <numerusform>photocopy, %n copies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatterPicker</name>
    <message>
        <location filename="../../window_app/ui/guide_printing.py" line="-344" />
        <source>打印办事指南 — 选择事项</source>
        <translation>Print Service Guide — Choose the Matter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>事项名称、编码或拼音首字母</source>
        <translation>Matter name, code or pinyin initials</translation>
    </message>
    <message>
        <location line="+4" />
        <source>附英文(&amp;E)</source>
        <translation>With &amp;English</translation>
    </message>
    <message>
        <location line="+4" />
        <source>预览并打印</source>
        <translation>Preview and Print</translation>
    </message>
    <message>
        <location line="+2" />
        <source>版式：</source>
        <translation>Layout:</translation>
    </message>
</context>
<context>
    <name>MeasureTableModel</name>
    <message>
        <location filename="../../window_app/ui/board_models.py" line="-144" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../forms/outcome_override.ui" line="+6" />
        <source>主管授权</source>
        <translation>Supervisor Authorisation</translation>
    </message>
    <message>
        <location line="+8" />
        <source>主管用户名(&amp;U)</source>
        <translation>Supervisor &amp;user name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>主管密码(&amp;P)</source>
        <translation>Supervisor &amp;password</translation>
    </message>
    <message>
        <location line="+2" />
        <source>书面理由(&amp;R)</source>
        <translation>Written &amp;reason</translation>
    </message>
</context>
<context>
    <name>PicksModel</name>
    <message>
        <location filename="../../window_app/ui/spot_checks.py" line="+57" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>统一社会信用代码/申请编号</source>
        <translation>USCC / Application No.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location line="+0" />
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+0" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0" />
        <source>登记日期</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location line="+8" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1" />
        <source>待检查</source>
        <translation>To inspect</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <location line="-34" />
        <source>计划编号</source>
        <translation>Plan No.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>抽取日期</source>
        <translation>Drawn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>抽查对象</source>
        <translation>Population</translation>
    </message>
    <message>
        <location line="+0" />
        <source>对象总数</source>
        <translation>Population Size</translation>
    </message>
    <message>
        <location line="+1" />
        <source>抽取数</source>
        <translation>Drawn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>已登记结果</source>
        <translation>Results</translation>
    </message>
    <message>
        <location line="+0" />
        <source>抽取人</source>
        <translation>Drawn by</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../forms/print_preview.ui" line="+6" />
        <source>打印预览</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <location line="+23" />
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/print_preview.py" line="-195" />
        <source>已打印%1次，再次打印将标注“补打”</source>
        <translation>Printed %1 time(s); printing again marks the copy "reprint"</translation>
    </message>
    <message>
        <location line="+5" />
        <source>打印预览 — %1</source>
        <translation>Print Preview — %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>正在生成文书…</source>
        <translation>Generating the document…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>共%1页</source>
        <translation>%1 page(s)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>补打原因</source>
        <translation>Reason for the reprint</translation>
    </message>
    <message>
        <location line="+1" />
        <source>此文书已打印过，请填写补打原因（如：原件遗失）：</source>
        <translation>This document has been printed before. Why is it printed again (e.g. the original was lost)?</translation>
    </message>
    <message>
        <location line="+14" />
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>已打印：%1</source>
        <translation>Printed: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>（补打第%1次）</source>
        <translation>(reprint no. %1)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../window_app/ui/printing_qt.py" line="+40" />
        <source>找不到打印机“%1”。文书已保存，请在“设置”中选择可用的打印机后重新打印。</source>
        <translation>Printer “%1” was not found. The document is saved: choose an available printer under Settings and print it again.</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+19" />
        <source>（系统默认）</source>
        <translation>(system default)</translation>
    </message>
    <message>
        <location line="-16" />
        <source>打印机“%1”已停止或脱机。文书已保存，请检查打印机的电源、纸张和连接后重新打印。</source>
        <translation>Printer “%1” is stopped or offline. The document is saved: check the printer's power, paper and connection, then print it again.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>打印机未能打印。文书已保存，请检查打印机后重新打印（补打）。</source>
        <translation>The printer could not print. The document is saved: check the printer and print it again (reprint).</translation>
    </message>
</context>
<context>
    <name>ProcessingPanel</name>
    <message>
        <location filename="../../forms/processing_panel.ui" line="+6" />
        <source>办理</source>
        <translation>Processing</translation>
    </message>
    <message>
        <location line="+5" />
        <source>当前状态</source>
        <translation>Current state</translation>
    </message>
    <message>
        <location line="+14" />
        <source>承诺办结期限</source>
        <translation>Promised deadline</translation>
    </message>
    <message>
        <location line="+5" />
        <source>计算方法</source>
        <translation>How it is counted</translation>
    </message>
    <message>
        <location line="+8" />
        <source>开始审查</source>
        <translation>Start Review</translation>
    </message>
    <message>
        <location line="+1" />
        <source>中止…</source>
        <translation>Suspend…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>恢复审查</source>
        <translation>Resume Review</translation>
    </message>
    <message>
        <location line="+1" />
        <source>延期…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>作出决定…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>办结…</source>
        <translation>Complete…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>送达…</source>
        <translation>Deliver…</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/processing_panel.py" line="+127" />
        <source>受理后起算（受理之日不计入，按工作日计算）</source>
        <translation>Counted from acceptance (the day of acceptance excluded, in working days)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>承诺 %1</source>
        <translation>promised %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>（剩%1个工作日）</source>
        <translation>(%1 working day(s) left)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>（超期%1个工作日）</source>
        <translation>(%1 working day(s) overdue)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>（中止中，期限暂停计算，恢复后顺延）</source>
        <translation>(suspended: the time limit is paused and moves back on resuming)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>　法定 %1</source>
        <translation>   statutory %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>承诺：%1</source>
        <translation>Promised: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>法定：%1</source>
        <translation>Statutory: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>暂定</source>
        <translation>provisional</translation>
    </message>
    <message>
        <location line="+2" />
        <source>相关年份节假日安排尚未公布，期限按暂定日历计算，公布后可能调整</source>
        <translation>The holiday arrangement for the year is not yet published; the deadline uses a provisional calendar and may change once it is</translation>
    </message>
    <message>
        <location line="+104" />
        <source>正在转入审查…</source>
        <translation>Starting review…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>正在中止…</source>
        <translation>Suspending…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>正在恢复审查…</source>
        <translation>Resuming review…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>正在延期…</source>
        <translation>Extending…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>正在作出决定…</source>
        <translation>Recording the decision…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>正在办结…</source>
        <translation>Completing…</translation>
    </message>
    <message>
        <location line="+34" />
        <source>正在登记送达…</source>
        <translation>Recording the delivery…</translation>
    </message>
    <message>
        <location line="-232" />
        <source>（暂定）</source>
        <translation> (provisional)</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../forms/queue_panel.ui" line="+7" />
        <location filename="../../window_app/ui/queue_panel.py" line="+266" />
        <source>排队叫号</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location line="+4" />
        <source>当前号</source>
        <translation>Current ticket</translation>
    </message>
    <message>
        <location line="+10" />
        <source>叫下一号 (F2)</source>
        <translation>Call Next (F2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>重呼 (F3)</source>
        <translation>Recall (F3)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>过号</source>
        <translation>No-Show</translation>
    </message>
    <message>
        <location line="+1" />
        <source>暂挂</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location line="+1" />
        <source>受理申请</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location line="+1" />
        <source>办理完毕</source>
        <translation>Served</translation>
    </message>
    <message>
        <location line="+1" />
        <source>请申请人评价</source>
        <translation>Ask for a Rating</translation>
    </message>
    <message>
        <location line="+3" />
        <source>转移（保留排队位置和等候时间）</source>
        <translation>Transfer (keeps the place and the waiting time)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>转移</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+6" />
        <source>暂挂的号</source>
        <translation>Tickets on hold</translation>
    </message>
    <message>
        <location line="+3" />
        <source>恢复等候</source>
        <translation>Back to the Queue</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/queue_panel.py" line="-221" />
        <source>排队叫号 · 窗口%1</source>
        <translation>Queue · window %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>当前账号未指定窗口，不能叫号</source>
        <translation>This account has no window, so it cannot call.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 · 取号 %2</source>
        <translation>%1 · ticket taken %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source> · 办件 %1</source>
        <translation> · application %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>当前没有办理中的号</source>
        <translation>No ticket being served</translation>
    </message>
    <message>
        <location line="+1" />
        <source>本窗口可叫：%1人</source>
        <translation>Waiting for this window: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>队列：%1</source>
        <translation>Line: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>窗口：%1</source>
        <translation>Window: %1</translation>
    </message>
    <message>
        <location line="+43" />
        <source>没有等候的号</source>
        <translation>Nobody is waiting</translation>
    </message>
    <message>
        <location line="+5" />
        <source>已叫号：%1</source>
        <translation>Called: %1</translation>
    </message>
    <message>
        <location line="+70" />
        <source>等待申请人评价…</source>
        <translation>Waiting for the applicant to rate…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>申请人已评价</source>
        <translation>The applicant has rated</translation>
    </message>
    <message>
        <location line="+0" />
        <source>申请人未评价（已超时）</source>
        <translation>The applicant did not rate (timed out)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>评价请求已撤回</source>
        <translation>Rating request withdrawn</translation>
    </message>
</context>
<context>
    <name>QueueSetupPage</name>
    <message>
        <location filename="../../forms/queue_setup.ui" line="+7" />
        <location filename="../../window_app/ui/queue_setup.py" line="+168" />
        <source>业务队列与预约</source>
        <translation>Queue Lines and Appointments</translation>
    </message>
    <message>
        <location line="+3" />
        <source>业务队列（系统管理员设置）</source>
        <translation>Queue lines (set by the administrator)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>名称(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>号段前缀(&amp;P)</source>
        <translation>Ticket &amp;prefix</translation>
    </message>
    <message>
        <location line="+1" />
        <source>如 A</source>
        <translation>e.g. A</translation>
    </message>
    <message>
        <location line="+1" />
        <source>服务窗口(&amp;W)</source>
        <translation>&amp;Windows</translation>
    </message>
    <message>
        <location line="+1" />
        <source>窗口号，逗号分隔，如 A01,A02</source>
        <translation>window numbers, comma-separated, e.g. A01,A02</translation>
    </message>
    <message>
        <location line="+1" />
        <source>所属事项(&amp;M)</source>
        <translation>&amp;Matters</translation>
    </message>
    <message>
        <location line="+1" />
        <source>事项编码，逗号分隔，如 SC-0001,SC-0002</source>
        <translation>matter codes, comma-separated, e.g. SC-0001,SC-0002</translation>
    </message>
    <message>
        <location line="+1" />
        <source>保存队列</source>
        <translation>Save Line</translation>
    </message>
    <message>
        <location line="+3" />
        <source>今日预约</source>
        <translation>Today's appointments</translation>
    </message>
    <message>
        <location line="+4" />
        <source>预约号(&amp;R)</source>
        <translation>&amp;Reference</translation>
    </message>
    <message>
        <location line="+2" />
        <source>业务(&amp;L)</source>
        <translation>&amp;Line</translation>
    </message>
    <message>
        <location line="+2" />
        <source>预约时间(&amp;T)</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location line="+2" />
        <source>姓名(&amp;X)</source>
        <translation>Name(&amp;X)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+3" />
        <source>登记预约</source>
        <translation>Add Appointment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>导入预约表…</source>
        <translation>Import Appointments…</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/queue_setup.py" line="-131" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>前缀</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <location line="+0" />
        <source>服务窗口</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+0" />
        <source>所属事项</source>
        <translation>Matters</translation>
    </message>
    <message>
        <location line="+3" />
        <source>预约号</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+0" />
        <source>业务</source>
        <translation>Service line</translation>
    </message>
    <message>
        <location line="+0" />
        <source>预约时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>取号</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+83" />
        <source>已保存业务队列：%1</source>
        <translation>Line saved: %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>已登记预约：%1</source>
        <translation>Appointment added: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>导入预约表</source>
        <translation>Import Appointments</translation>
    </message>
    <message>
        <location line="+1" />
        <source>预约表 (*.csv *.xlsx)</source>
        <translation>Appointment lists (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>已导入%1条预约</source>
        <translation>%1 appointment(s) imported</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../window_app/ui/board_models.py" line="+97" />
        <source>分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+0" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>取号</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="+0" />
        <source>等候中</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+1" />
        <source>已叫号</source>
        <translation>Called</translation>
    </message>
    <message>
        <location line="+0" />
        <source>已办结</source>
        <translation>Served</translation>
    </message>
    <message>
        <location line="+0" />
        <source>过号</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <location line="+0" />
        <source>转移</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>平均等候（分钟）</source>
        <translation>Average wait (min)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>90%等候（分钟）</source>
        <translation>90% wait (min)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>平均办理（分钟）</source>
        <translation>Average service (min)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>全大厅</source>
        <translation>Whole hall</translation>
    </message>
    <message>
        <location line="+0" />
        <source>业务线</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+1" />
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+0" />
        <source>人员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>现在等候叫号的票（不含暂停）</source>
        <translation>Tickets waiting to be called now (not those on hold)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>至少叫过一次的票</source>
        <translation>Tickets called at least once</translation>
    </message>
    <message>
        <location line="+1" />
        <source>取号至首次叫号</source>
        <translation>From taking the ticket to the first call</translation>
    </message>
    <message>
        <location line="+1" />
        <source>90%的票在此时间内被叫到（最近秩法）</source>
        <translation>90% of tickets were called within this time (nearest rank)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>首次叫号至办结</source>
        <translation>From the first call to the end of service</translation>
    </message>
</context>
<context>
    <name>RatesChart</name>
    <message>
        <location filename="../../window_app/ui/board_charts.py" line="+180" />
        <source>各窗口主要比率（%）</source>
        <translation>Key rates by window (%)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>办结率</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>按时办结率</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>零跑动率</source>
        <translation>Zero-visit rate</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../forms/reason_dialog.ui" line="+6" />
        <source>填写理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+7" />
        <source>理由(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
</context>
<context>
    <name>RectificationPage</name>
    <message>
        <location filename="../../forms/rectification.ui" line="+7" />
        <location filename="../../window_app/ui/rectification.py" line="+165" />
        <source>差评整改</source>
        <translation>Bad-Rating Rectification</translation>
    </message>
    <message>
        <location line="+3" />
        <source>显示(&amp;S)</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location line="+4" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+4" />
        <source>处理</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+2" />
        <source>说明(&amp;N)</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>回访情况、核实与整改情况、申诉理由或复核意见</source>
        <translation>Follow-up notes, findings and rectification, the reason for an appeal, or the decision</translation>
    </message>
    <message>
        <location line="+1" />
        <source>处理方式(&amp;F)</source>
        <translation>&amp;Finding</translation>
    </message>
    <message>
        <location line="+3" />
        <source>整改期限</source>
        <translation>Rectify by</translation>
    </message>
    <message>
        <location line="+3" />
        <source>答复申请人(&amp;R)</source>
        <translation>&amp;Reply to the applicant</translation>
    </message>
    <message>
        <location line="+3" />
        <source>登记回访</source>
        <translation>Record Follow-up</translation>
    </message>
    <message>
        <location line="+1" />
        <source>答复办结</source>
        <translation>Answer and Close</translation>
    </message>
    <message>
        <location line="+1" />
        <source>申诉</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>申诉成立</source>
        <translation>Appeal Upheld</translation>
    </message>
    <message>
        <location line="+1" />
        <source>申诉不成立</source>
        <translation>Appeal Rejected</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/rectification.py" line="-140" />
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0" />
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+2" />
        <source>立行立改</source>
        <translation>Fixed at once</translation>
    </message>
    <message>
        <location line="+0" />
        <source>限期整改（台账）</source>
        <translation>Rectify by a date (ledger)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>解释说明（无法定依据）</source>
        <translation>Explained (no legal basis)</translation>
    </message>
    <message>
        <location line="+33" />
        <source>本月实名差评回访率：%1（%2/%3），超期未办：%4</source>
        <translation>Follow-up rate of real-name bad ratings this month: %1 (%2/%3); overdue: %4</translation>
    </message>
    <message>
        <location line="+7" />
        <source>差评回访时限%1个工作日，整改时限%2个工作日（由管理员在“大厅信息”中设置）</source>
        <translation>Bad ratings: follow-up call within %1 working days, rectification within %2 (set by the administrator under Hall particulars)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>　时限：回访%1个工作日，整改%2个工作日</source>
        <translation>  Time limits: follow-up %1 working days, rectification %2</translation>
    </message>
    <message>
        <location line="+33" />
        <source>评价标签：%1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>文字评价：%1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>答复：%1</source>
        <translation>Reply: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>申诉理由：%1</source>
        <translation>Appeal: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>回访情况</source>
        <translation>the follow-up notes</translation>
    </message>
    <message>
        <location line="+3" />
        <source>正在登记…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>已登记回访</source>
        <translation>Follow-up recorded</translation>
    </message>
    <message>
        <location line="+4" />
        <source>核实与整改情况</source>
        <translation>the findings</translation>
    </message>
    <message>
        <location line="+1" />
        <source>答复内容</source>
        <translation>the reply</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+17" />
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="-15" />
        <source>已答复办结</source>
        <translation>Answered and closed</translation>
    </message>
    <message>
        <location line="+4" />
        <source>申诉理由</source>
        <translation>the reason for the appeal</translation>
    </message>
    <message>
        <location line="+3" />
        <source>正在提交…</source>
        <translation>Submitting…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>已提交申诉</source>
        <translation>Appeal submitted</translation>
    </message>
    <message>
        <location line="+4" />
        <source>复核意见</source>
        <translation>the decision notes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>已复核申诉</source>
        <translation>Appeal decided</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <location filename="../../forms/outcome_refusal.ui" line="+6" />
        <source>不予受理</source>
        <translation>Refuse Application</translation>
    </message>
    <message>
        <location line="+3" />
        <source>不属于本机关职权范围或不属于依法需要取得行政许可的事项时，出具不予受理通知书。</source>
        <translation>Issue a notice of refusal when the matter is outside this authority's competence or needs no administrative licence by law.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>不予受理理由(&amp;R)</source>
        <translation>&amp;Reason for refusal</translation>
    </message>
    <message>
        <location line="+3" />
        <source>法律依据(&amp;B)</source>
        <translation>Legal &amp;basis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>如：《中华人民共和国行政许可法》第三十二条第一款第（二）项</source>
        <translation>e.g. Administrative Licensing Law of the PRC, Article 32(1)(ii)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>应向何处申请(&amp;W)</source>
        <translation>&amp;Where to apply instead</translation>
    </message>
</context>
<context>
    <name>RegistrationBox</name>
    <message>
        <location filename="../../window_app/ui/application_registration.py" line="+25" />
        <source>尚未登记：按 F10 打开登记页面，登记结果记入本申请</source>
        <translation>Not registered yet: press F10 to open the registration page; the registration is recorded for this application</translation>
    </message>
    <message>
        <location line="+10" />
        <source>已提交待办登记：%1（编号%2）　%3受理，请在“待办登记”中办结</source>
        <translation>Filed for registration: %1 (no. %2)  accepted %3; complete it under “Pending registrations”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>待办登记已撤回：%1（编号%2）　%3受理</source>
        <translation>Filed registration withdrawn: %1 (no. %2)  accepted %3</translation>
    </message>
    <message>
        <location line="+12" />
        <source>已变更登记：%1　统一社会信用代码 %2（不变）　%3　变更事项：%4　执照 %5</source>
        <translation>Change registered: %1  USCC %2 (unchanged)  %3  changed: %4  licence no. %5</translation>
    </message>
    <message>
        <location line="+3" />
        <source>已登记：%1　统一社会信用代码 %2　%3　执照 %5</source>
        <translation>Registered: %1  USCC %2  %3  licence no. %5</translation>
    </message>
</context>
<context>
    <name>RegistrationChecks</name>
    <message>
        <location filename="../../window_app/ui/registration_checks.py" line="+44" />
        <source>代码号段即将用尽：本登记机关仅剩%1个代码，请通知系统管理员添加号段。</source>
        <translation>Code segments nearly exhausted: only %1 code(s) left for this authority; ask the administrator to add a segment.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>名称可以使用</source>
        <translation>The name is available</translation>
    </message>
    <message>
        <location line="+44" />
        <source>先照后证：登记后将打印双告知书，申请人须另行办理 %1</source>
        <translation>Licence first, permits after: a referral notice will be printed; the applicant must still obtain %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>第%1位股东：%2</source>
        <translation>Shareholder %1: %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>合计 %1 万元</source>
        <translation>Total %1 ×10,000 yuan</translation>
    </message>
</context>
<context>
    <name>RegistrationFilingsPage</name>
    <message>
        <location filename="../../forms/registration_filings.ui" line="+11" />
        <location filename="../../window_app/ui/registration_filings.py" line="+162" />
        <source>待办登记</source>
        <translation>Pending Registrations</translation>
    </message>
    <message>
        <location line="+4" />
        <source>已受理、3个工作日内办结的设立登记</source>
        <translation>Registrations accepted, to be decided within 3 working days</translation>
    </message>
    <message>
        <location line="+8" />
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location line="+25" />
        <source>撤回(&amp;W)…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>申请人撤回申请，释放保留的名称</source>
        <translation>The applicant withdraws; the reserved name is released</translation>
    </message>
    <message>
        <location line="+3" />
        <source>延长期限(&amp;X)…</source>
        <translation>E&amp;xtend Deadline…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>科室负责人批准，延长3个工作日，只能延长一次</source>
        <translation>Approved by the section head: 3 more working days, once only</translation>
    </message>
    <message>
        <location line="+3" />
        <source>登记(&amp;R)</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location line="+1" />
        <source>准予登记，发放统一社会信用代码并打印营业执照</source>
        <translation>Register: issue the USCC and print the business licence</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/registration_filings.py" line="-116" />
        <source>延长期限须由科室负责人（督查角色）批准</source>
        <translation>Only a section head (supervisor role) may extend the deadline</translation>
    </message>
    <message>
        <location line="+12" />
        <source>共%1件　临近期限%2件　超期%3件</source>
        <translation>%1 in total  %2 due soon  %3 overdue</translation>
    </message>
    <message>
        <location line="+20" />
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+1" />
        <source>准予登记“%1”并发放统一社会信用代码？</source>
        <translation>Register “%1” and issue its USCC?</translation>
    </message>
    <message>
        <location line="+5" />
        <source>正在登记…</source>
        <translation>Registering…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>已登记：%1　统一社会信用代码 %2　执照编号 %3</source>
        <translation>Registered: %1  USCC %2  licence no. %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>已发放统一社会信用代码 %1</source>
        <translation>USCC %1 issued</translation>
    </message>
    <message>
        <location line="+12" />
        <source>延长办结期限</source>
        <translation>Extend the Deadline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“%1”的办结期限 %2 延长3个工作日（只能延长一次）。</source>
        <translation>The deadline %2 of “%1” is extended by 3 working days (once only).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>延期理由(&amp;R)</source>
        <translation>&amp;Reason for the extension</translation>
    </message>
    <message>
        <location line="+7" />
        <source>正在延长期限…</source>
        <translation>Extending the deadline…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>“%1”的办结期限已延长至 %2</source>
        <translation>The deadline of “%1” is now %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>撤回登记申请</source>
        <translation>Withdraw the Registration Request</translation>
    </message>
    <message>
        <location line="+1" />
        <source>撤回“%1”的登记申请，保留的名称随即释放。</source>
        <translation>Withdraw the registration request of “%1”; its reserved name is released.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>撤回原因(&amp;R)</source>
        <translation>&amp;Reason for withdrawing</translation>
    </message>
    <message>
        <location line="+7" />
        <source>正在撤回…</source>
        <translation>Withdrawing…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>已撤回：%1</source>
        <translation>Withdrawn: %1</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <location filename="../../forms/registration.ui" line="+9" />
        <source>企业设立登记</source>
        <translation>Establishment registration</translation>
    </message>
    <message>
        <location line="+2" />
        <source>三证合一、一照一码</source>
        <translation>Three certificates in one, one licence one code</translation>
    </message>
    <message>
        <location line="+14" />
        <source>主体信息</source>
        <translation>Market entity</translation>
    </message>
    <message>
        <location line="+4" />
        <source>主体类别(&amp;K)</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <location line="+2" />
        <source>登记机关(&amp;J)</source>
        <translation>Registering authority</translation>
    </message>
    <message>
        <location line="+2" />
        <source>名称(&amp;M)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>行政区划＋字号＋行业＋组织形式，如 湛江市美味餐饮有限公司</source>
        <translation>Region + trade name + industry + form, e.g. 湛江市美味餐饮有限公司</translation>
    </message>
    <message>
        <location line="+2" />
        <source>类型(&amp;T)</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+3" />
        <source>住所(&amp;D)</source>
        <translation>&amp;Domicile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>住所（经营场所）</source>
        <translation>Domicile (place of business)</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../window_app/ui/registration.py" line="+247" />
        <source>注册资本(&amp;Z)</source>
        <translation>Registered capital</translation>
    </message>
    <message>
        <location line="+2" />
        <source>认缴，单位：万元</source>
        <translation>Subscribed, in 10,000 yuan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>万元</source>
        <translation>×10,000</translation>
    </message>
    <message>
        <location line="+4" />
        <source>联系电话(&amp;L)</source>
        <translation>Te&amp;lephone</translation>
    </message>
    <message>
        <location line="+4" />
        <source>法定代表人（负责人、经营者）</source>
        <translation>Legal representative (person in charge, operator)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>姓名(&amp;R)</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3" />
        <source>身份证号(&amp;I)</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>18位，可用读卡器读取</source>
        <translation>18 characters; use the ID-card reader</translation>
    </message>
    <message>
        <location line="+8" />
        <source>经营范围(&amp;S)</source>
        <translation>Business &amp;scope</translation>
    </message>
    <message>
        <location line="+2" />
        <source>各项之间用“；”分隔，如 餐饮服务；食品销售；日用百货销售</source>
        <translation>Items separated by "；", e.g. 餐饮服务；食品销售；日用百货销售</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../../window_app/ui/registration.py" line="-4" />
        <source>股东（发起人）及认缴出资</source>
        <translation>Shareholders (promoters) and subscriptions</translation>
    </message>
    <message>
        <location line="+4" />
        <source>添加股东(&amp;A)</source>
        <translation>&amp;Add shareholder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location line="+7" />
        <source>个体工商户和农民专业合作社无需填写股东。</source>
        <translation>Individual businesses and farmers' cooperatives have no shareholders to enter.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1" />
        <source>受理（3个工作日内办结）</source>
        <translation>Accept (decide within 3 working days)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>材料需核实时先受理：保留名称，3个工作日内在“待办登记”中办结</source>
        <translation>When the materials need checking: accept now, reserve the name, and complete it under “Pending registrations” within 3 working days</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../window_app/ui/registration.py" line="+89" />
        <source>登记并发照 (Ctrl+Enter)</source>
        <translation>Register and issue licence (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/registration.py" line="-278" />
        <source>企业（91）</source>
        <translation>Enterprise (91)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>个体工商户（92）</source>
        <translation>Individual business (92)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>农民专业合作社（93）</source>
        <translation>Farmers' cooperative (93)</translation>
    </message>
    <message>
        <location line="+140" />
        <source>受理申请 %1</source>
        <translation>Application %1</translation>
    </message>
    <message>
        <location line="+51" />
        <source>出资额(&amp;Z)</source>
        <translation>Capital contribution</translation>
    </message>
    <message>
        <location line="+81" />
        <source>正在登记…</source>
        <translation>Registering…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>已登记：%1　统一社会信用代码 %2　执照编号 %3</source>
        <translation>Registered: %1  USCC %2  licence no. %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>
先照后证：已告知%1个部门，双告知书 %2</source>
        <translation>
Licence first, permits after: %1 department(s) notified, referral notice %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>已发放统一社会信用代码 %1</source>
        <translation>USCC %1 issued</translation>
    </message>
    <message>
        <location line="+58" />
        <source>设立登记</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location line="-175" />
        <source>成员及出资（农民专业合作社应有五名以上成员）</source>
        <translation>Members and contributions (a farmers' cooperative needs at least five members)</translation>
    </message>
</context>
<context>
    <name>ReviewerInboxPage</name>
    <message>
        <location filename="../../forms/reviewer_inbox.ui" line="+7" />
        <location filename="../../window_app/ui/reviewer_inbox.py" line="+113" />
        <source>审批待办</source>
        <translation>Reviewer inbox</translation>
    </message>
    <message>
        <location line="+3" />
        <source>扫码签收(&amp;S)</source>
        <translation>&amp;Scan to receive</translation>
    </message>
    <message>
        <location line="+1" />
        <source>扫描移交清单条码（签收整批）或申请编号条码（逐件签收）</source>
        <translation>Scan a hand-over list's barcode (every item) or an application's barcode (one item)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>签收</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location line="+3" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+3" />
        <source>审批决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+2" />
        <source>理由(&amp;R)</source>
        <translation>&amp;Reasons</translation>
    </message>
    <message>
        <location line="+2" />
        <source>不予许可的理由，或中止（专家评审）的说明</source>
        <translation>Reasons for a refusal, or a note on the suspension for expert review</translation>
    </message>
    <message>
        <location line="+1" />
        <source>法律依据(&amp;B)</source>
        <translation>Legal &amp;basis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>不予许可须写明法律依据（法律、法规名称及条款）</source>
        <translation>A refusal must name its legal basis (law or regulation and article)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>准予许可</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+1" />
        <source>不予许可</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>中止（专家评审）</source>
        <translation>Suspend (expert review)</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/reviewer_inbox.py" line="-66" />
        <source>待办%1件，其中待签收%2件，已超期%3件</source>
        <translation>%1 open, %2 awaiting receipt, %3 overdue</translation>
    </message>
    <message>
        <location line="+26" />
        <source>已签收%1件（清单%2）</source>
        <translation>Received %1 item(s) (list %2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>正在签收…</source>
        <translation>Receiving…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 已作出决定，决定文书编号%2，已回传窗口统一出件</source>
        <translation>%1 decided, decision document %2; returned to the window for delivery</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 已中止（专家评审），办理时限暂停</source>
        <translation>%1 suspended for expert review; the time limit is paused</translation>
    </message>
    <message>
        <location line="+5" />
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>Satisfaction</name>
    <message>
        <location filename="../../window_app/ui/label_names.py" line="+23" />
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location line="+1" />
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location line="+1" />
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <location filename="../../window_app/ui/code_segments_admin.py" line="-153" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>代码范围</source>
        <translation>Code range</translation>
    </message>
    <message>
        <location line="+0" />
        <source>登记机关</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location line="+0" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>已发放</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+0" />
        <source>已作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location line="+0" />
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="+0" />
        <source>下一个</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+10" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1" />
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0" />
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="+6" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+3" />
        <source>界面语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+2" />
        <source>中文字体(&amp;F)</source>
        <translation>Chinese &amp;font</translation>
    </message>
    <message>
        <location line="+2" />
        <source>字号(&amp;S)</source>
        <translation>Font &amp;size</translation>
    </message>
    <message>
        <location line="+2" />
        <source> 磅</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>无操作自动锁屏(&amp;I)</source>
        <translation>Lock screen when &amp;idle for</translation>
    </message>
    <message>
        <location line="+2" />
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+3" />
        <source>刷新间隔(&amp;R)</source>
        <translation>&amp;Refresh every</translation>
    </message>
    <message>
        <location line="+2" />
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3" />
        <source>受理文书打印机(&amp;P)</source>
        <translation>&amp;Printer for documents</translation>
    </message>
    <message>
        <location line="+1" />
        <source>受理通知书、一次性告知书、不予受理通知书、承诺书、办事指南</source>
        <translation>Receipts, one-time notices, non-acceptance notices, commitment letters, service guides</translation>
    </message>
    <message>
        <location line="+1" />
        <source>排队小票打印机(&amp;T)</source>
        <translation>Queue &amp;ticket printer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>营业执照打印机(&amp;B)</source>
        <translation>&amp;Business licence printer</translation>
    </message>
    <message>
        <location line="+6" />
        <source>界面语言和锁屏时间立即生效（切换语言时主窗口重新打开，无需重新登录）；字体和刷新间隔在重新启动程序后生效。</source>
        <translation>The language and the idle lock apply at once (on a new language the main window reopens, still signed in); the font and the refresh interval apply after a restart.</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/settings_dialog.py" line="+35" />
        <source>（系统默认打印机）</source>
        <translation>(system default printer)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>（同受理文书打印机）</source>
        <translation>(the documents' printer)</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="-4" />
        <source>排队小票纸宽(&amp;W)</source>
        <translation>Queue ticket roll &amp;width</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/settings_dialog.py" line="+5" />
        <source>%1 毫米</source>
        <translation>%1 mm</translation>
    </message>
</context>
<context>
    <name>SpotCheckPopulations</name>
    <message>
        <location filename="../../window_app/ui/label_names.py" line="+19" />
        <source>登记企业</source>
        <translation>Registered enterprises</translation>
    </message>
    <message>
        <location line="+1" />
        <source>告知承诺审批</source>
        <translation>Approvals on commitment</translation>
    </message>
</context>
<context>
    <name>SpotCheckResults</name>
    <message>
        <location line="-7" />
        <source>正常</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>发现问题</source>
        <translation>Problem found</translation>
    </message>
</context>
<context>
    <name>SpotChecksPage</name>
    <message>
        <location filename="../../forms/spot_checks.ui" line="+7" />
        <location filename="../../window_app/ui/spot_checks.py" line="+311" />
        <source>双随机抽查</source>
        <translation>Random Spot Checks</translation>
    </message>
    <message>
        <location line="+3" />
        <source>抽取检查对象与检查人员</source>
        <translation>Draw Objects and Inspectors</translation>
    </message>
    <message>
        <location line="+4" />
        <source>抽查对象(&amp;O)</source>
        <translation>P&amp;opulation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>主体类别(&amp;K)</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <location line="+2" />
        <source>登记机关(&amp;A)</source>
        <translation>Registering &amp;authority</translation>
    </message>
    <message>
        <location line="+2" />
        <source>日期范围(&amp;D)</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <location line="+8" />
        <source>如 5，或比例 3.5</source>
        <translation>e.g. 5, or a percentage such as 3.5</translation>
    </message>
    <message>
        <location line="+2" />
        <source>检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location line="+2" />
        <source>窗口人员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>督查/科室负责人</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+3" />
        <source>随机种子(&amp;S)</source>
        <translation>&amp;Seed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>留空：计划编号/抽取日期</source>
        <translation>Empty: plan number/date of the draw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>抽取(&amp;R)</source>
        <translation>D&amp;raw</translation>
    </message>
    <message>
        <location line="+2" />
        <source>按 SHA-256(种子‖编号) 排序抽取对象；每个对象随机指派两名检查人员，经办人员回避。任何人可凭计划的条件、种子和人员名单复核。</source>
        <translation>Objects are drawn in the order of SHA-256(seed ‖ key); each gets two inspectors drawn at random, never one who handled it. Anyone can verify a draw from the plan's criteria, seed and list of inspectors.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>抽查计划</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location line="+11" />
        <source>检查结果(&amp;J)</source>
        <translation>Resul&amp;t</translation>
    </message>
    <message>
        <location line="+2" />
        <source>发现问题时填写问题说明</source>
        <translation>Describe the problem when one was found</translation>
    </message>
    <message>
        <location line="+1" />
        <source>登记结果</source>
        <translation>Record Result</translation>
    </message>
    <message>
        <location line="+1" />
        <source>复核抽取(&amp;V)</source>
        <translation>&amp;Verify Draw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>公示 PDF(&amp;P)…</source>
        <translation>Public notice &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>保存本计划的公示文件（抽取条件、随机种子、抽取结果和复核方法）</source>
        <translation>Save this plan's public notice (criteria, seed, drawn objects and how to verify)</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/spot_checks.py" line="-254" />
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+3" />
        <source>全部登记机关</source>
        <translation>All authorities</translation>
    </message>
    <message>
        <location line="+3" />
        <source>抽取数量</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>抽取比例 %</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <location line="+72" />
        <source>抽取数量应为正整数</source>
        <translation>The number to draw must be a positive whole number</translation>
    </message>
    <message>
        <location line="+16" />
        <source>已生成抽查计划%1：从%2个对象中抽取%3个</source>
        <translation>Plan %1 drawn: %3 of %2 objects</translation>
    </message>
    <message>
        <location line="+44" />
        <source>尚无抽查计划</source>
        <translation>No spot-check plans yet</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1%（向上取整）</source>
        <translation>%1% (rounded up)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>计划%1　抽取比例/数量：%2　随机种子：%3
对象总数%4，摘要 %5
检查人员名单：%6</source>
        <translation>Plan %1   share/number: %2   seed: %3
population %4, digest %5
inspectors: %6</translation>
    </message>
    <message>
        <location line="+19" />
        <source>请先选择一个抽查对象</source>
        <translation>Select a drawn object first</translation>
    </message>
    <message>
        <location line="+13" />
        <source>已登记%1的检查结果：%2</source>
        <translation>Result recorded for %1: %2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>复核一致：按计划%1抽取时保存的对象名单和种子重新抽取，结果与保存的相同</source>
        <translation>Verified: drawing again from the population stored with plan %1 at the draw and its seed gives the stored result</translation>
    </message>
    <message>
        <location line="+2" />
        <source>复核一致：按计划%1的条件和种子重新抽取，结果与保存的相同</source>
        <translation>Verified: drawing again from the criteria and seed of plan %1 gives the stored result</translation>
    </message>
    <message>
        <location line="+2" />
        <source>复核不一致：计划%1保存的对象名单与公示的对象总数或摘要不符</source>
        <translation>Mismatch: the population stored with plan %1 does not match its published size or digest</translation>
    </message>
    <message>
        <location line="+2" />
        <source>复核不一致：计划%1的抽查对象范围已变化（现有%2个对象）</source>
        <translation>Mismatch: the population of plan %1 has changed (now %2 objects)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>复核不一致：计划%1保存的抽取结果与重新抽取的不同</source>
        <translation>Mismatch: the stored draw of plan %1 differs from drawing again</translation>
    </message>
    <message>
        <location line="+3" />
        <source>。另：抽取后登记簿已有变化，现按同一条件有%1个对象，不影响本次抽取</source>
        <translation>. Note: the register has changed since the draw (%1 objects match the criteria now); this does not affect the draw</translation>
    </message>
    <message>
        <location line="+10" />
        <source>双随机抽查公示_%1.pdf</source>
        <translation>spot-check-notice_%1.pdf</translation>
    </message>
    <message>
        <location line="+2" />
        <source>保存公示 PDF</source>
        <translation>Save Public Notice PDF</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>公示文件已保存：%1</source>
        <translation>Public notice saved: %1</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location filename="../../window_app/ui/state_names.py" line="+19" />
        <source>已接收</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1" />
        <source>补正中</source>
        <translation>Awaiting correction</translation>
    </message>
    <message>
        <location line="+1" />
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>审查中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location line="+1" />
        <source>中止</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location line="+1" />
        <source>准予许可</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>不予许可</source>
        <translation>Denied</translation>
    </message>
    <message>
        <location line="+1" />
        <source>撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>已办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>已送达</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="+1" />
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>撤销许可</source>
        <translation>Revoked</translation>
    </message>
</context>
<context>
    <name>SuspendDialog</name>
    <message>
        <location filename="../../forms/suspend_dialog.ui" line="+6" />
        <source>中止审查</source>
        <translation>Suspend Review</translation>
    </message>
    <message>
        <location line="+6" />
        <source>中止原因(&amp;R)</source>
        <translation>&amp;Reason for suspension</translation>
    </message>
    <message>
        <location line="+3" />
        <source>说明(&amp;N)</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location line="+1" />
        <source>例如：送检样品编号、专家评审安排</source>
        <translation>e.g. sample number sent for testing, expert review arrangements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>中止期间不计入办理时限；恢复审查时，办结期限顺延中止的工作日数。</source>
        <translation>The suspension does not count towards the time limit; on resuming, the deadline moves back by the suspended working days.</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../window_app/ui/verification_tasks.py" line="+31" />
        <source>申请编号</source>
        <translation>Application No.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>办理事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="+0" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+0" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1" />
        <source>许可日期</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <location line="+0" />
        <source>核查期限</source>
        <translation>Verify by</translation>
    </message>
    <message>
        <location line="+0" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+3" />
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0" />
        <source>待核查</source>
        <translation>To verify</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../window_app/ui/users_admin.py" line="+26" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0" />
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+0" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+8" />
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+2" />
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location line="+2" />
        <source>待改密码</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <location line="+2" />
        <source>正常</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../forms/users_admin.ui" line="+7" />
        <location filename="../../window_app/ui/users_admin.py" line="+247" />
        <source>用户与窗口</source>
        <translation>Users and windows</translation>
    </message>
    <message>
        <location line="+2" />
        <source>用户不能删除（审计记录中有其姓名），只能停用；停用的用户不能登录。</source>
        <translation>Users are never deleted (the audit trail names them), only disabled; a disabled user cannot sign in.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+3" />
        <source>用户名(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>如 clerk3（字母、数字）</source>
        <translation>e.g. clerk3 (letters, digits)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+3" />
        <source>角色(&amp;R)</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location line="+3" />
        <source>窗口(&amp;W)</source>
        <translation>&amp;Window</translation>
    </message>
    <message>
        <location line="+2" />
        <source>部门(&amp;D)</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <location line="+3" />
        <source>临时密码(&amp;P)</source>
        <translation>Temporary &amp;password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>新建或重置时填写，至少8位；首次登录须修改</source>
        <translation>For a new user or a reset, at least 8 characters; changed at the first sign-in</translation>
    </message>
    <message>
        <location line="+3" />
        <source>新建用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <location line="+1" />
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../window_app/ui/users_admin.py" line="-116" />
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+9" />
        <source>添加窗口</source>
        <translation>Add a window</translation>
    </message>
    <message>
        <location line="-6" />
        <source>窗口号(&amp;O)</source>
        <translation>Window number (&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>如 A03</source>
        <translation>e.g. A03</translation>
    </message>
    <message>
        <location line="+2" />
        <source>窗口名称</source>
        <translation>Window name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>如 综合受理三号窗口</source>
        <translation>e.g. 综合受理三号窗口</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/users_admin.py" line="-52" />
        <source>（不绑定窗口）</source>
        <translation>(no window)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>已有窗口：%1</source>
        <translation>Windows: %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>启用</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location line="+6" />
        <source>请先在表格中选择一个用户</source>
        <translation>Please select a user in the table first</translation>
    </message>
    <message>
        <location line="+23" />
        <source>已新建用户 %1，首次登录须修改密码</source>
        <translation>User %1 created; the password must be changed at the first sign-in</translation>
    </message>
    <message>
        <location line="+21" />
        <source>已保存用户 %1</source>
        <translation>User %1 saved</translation>
    </message>
    <message>
        <location line="+18" />
        <source>已重置 %1 的密码，锁定已解除；下次登录须修改密码</source>
        <translation>The password of %1 was reset and the lock lifted; it must be changed at the next sign-in</translation>
    </message>
    <message>
        <location line="+12" />
        <source>停用用户</source>
        <translation>Disable the user</translation>
    </message>
    <message>
        <location line="+1" />
        <source>停用用户 %1？停用后不能登录，其审计记录保留。</source>
        <translation>Disable user %1? They can no longer sign in; their audit records stay.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>已启用用户 %1</source>
        <translation>User %1 enabled</translation>
    </message>
    <message>
        <location line="+0" />
        <source>已停用用户 %1</source>
        <translation>User %1 disabled</translation>
    </message>
    <message>
        <location line="+16" />
        <source>已添加窗口 %1</source>
        <translation>Window %1 added</translation>
    </message>
</context>
<context>
    <name>VerificationTasksPage</name>
    <message>
        <location filename="../../forms/verification_tasks.ui" line="+7" />
        <location filename="../../window_app/ui/verification_tasks.py" line="+95" />
        <source>承诺核查</source>
        <translation>Commitment verification</translation>
    </message>
    <message>
        <location line="+5" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+3" />
        <source>核查结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+2" />
        <source>核查情况(&amp;N)</source>
        <translation>What was &amp;found</translation>
    </message>
    <message>
        <location line="+2" />
        <source>核查不通过的，写明承诺与实际不符之处（将写入撤销决定书和信用记录）</source>
        <translation>If it fails, say where the commitment is untrue (it goes into the revocation decision and the credit record)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>核查通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>核查不通过（撤销许可）</source>
        <translation>Failed (revoke the approval)</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/verification_tasks.py" line="-54" />
        <source>待核查%1件，其中已逾期%2件</source>
        <translation>%1 to verify, %2 overdue</translation>
    </message>
    <message>
        <location line="+24" />
        <source>撤销许可</source>
        <translation>Revoke the approval</translation>
    </message>
    <message>
        <location line="-2" />
        <source>核查不通过将撤销%1的许可、出具撤销决定书并将申请人列入失信名单。确定吗？</source>
        <translation>A failed verification revokes the approval of %1, issues the revocation decision and puts the applicant on the bad-credit list. Go on?</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 已撤销许可，撤销决定书%2，申请人已列入失信名单</source>
        <translation>%1 revoked, revocation decision %2; the applicant is on the bad-credit list</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 核查通过</source>
        <translation>%1 passed verification</translation>
    </message>
    <message>
        <location line="+4" />
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="-28" />
        <source>%1已过核查期限（%2），核查不通过只作记录，不撤销许可。确定吗？</source>
        <translation>%1 is past its verification period (%2): a failure is only recorded and does not revoke the approval. Go ahead?</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 核查不通过已记录（已过核查期限，不撤销许可）</source>
        <translation>%1: failed verification recorded (past the verification period, the approval is not revoked)</translation>
    </message>
</context>
<context>
    <name>VolumeChart</name>
    <message>
        <location filename="../../window_app/ui/board_charts.py" line="-30" />
        <source>各窗口接件、受理、办结（件）</source>
        <translation>Received, accepted and completed by window (cases)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>接件</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1" />
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>办结</source>
        <translation>Completed</translation>
    </message>
</context>
<context>
    <name>WorkListModel</name>
    <message>
        <location filename="../../window_app/ui/work_list.py" line="+46" />
        <source>申请编号</source>
        <translation>Application No.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>办理事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="+0" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+0" />
        <source>证件号码</source>
        <translation>ID Number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0" />
        <source>承诺办结日</source>
        <translation>Promised By</translation>
    </message>
    <message>
        <location line="+0" />
        <source>时限</source>
        <translation>Time Left</translation>
    </message>
    <message>
        <location line="+0" />
        <source>视为受理</source>
        <translation>Deemed accepted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="+12" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+0" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="-4" />
        <source>材料不齐且五个工作日内未一次告知，自收到材料之日起即为受理（行政许可法第三十二条）</source>
        <translation>Materials incomplete and no one-time notice within five working days: accepted as of the day the materials were received (Administrative Licensing Law, Article 32)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>告知期剩%1个工作日</source>
        <translation>notice: %1 working day(s) left</translation>
    </message>
    <message>
        <location line="+1" />
        <source>今日为告知最后一日</source>
        <translation>notice: last day today</translation>
    </message>
    <message>
        <location line="+2" />
        <source>材料不齐的，应在收到材料后五个工作日内一次告知；逾期不告知的，自收到材料之日起即为受理</source>
        <translation>Incomplete materials must be notified once within five working days of receipt; otherwise the application is accepted from the day the materials were received</translation>
    </message>
</context>
<context>
    <name>WorkListPage</name>
    <message>
        <location filename="../../forms/work_list.ui" line="+11" />
        <location filename="../../window_app/ui/work_list.py" line="+233" />
        <source>今日工作清单</source>
        <translation>Today's Work List</translation>
    </message>
    <message>
        <location line="+8" />
        <source>筛选(&amp;S)</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location line="+5" />
        <source>编号、事项、申请人或状态</source>
        <translation>Number, matter, applicant or state</translation>
    </message>
    <message>
        <location line="+4" />
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../window_app/ui/work_list.py" line="-79" />
        <source>共%1件　临近期限%2件　超期%3件　视为受理%4件</source>
        <translation>%1 in total   %2 due soon   %3 overdue   %4 deemed accepted</translation>
    </message>
    <message>
        <location line="-24" />
        <source>容缺材料：%1“%2”应于%3前补交（%4）</source>
        <translation>Material to follow: %1 “%2” is due by %3 (%4)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>已逾期%1天</source>
        <translation>%1 day(s) late</translation>
    </message>
    <message>
        <location line="+2" />
        <source>还有%1天</source>
        <translation>%1 day(s) left</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../window_app/ui/app.py" line="+34" />
        <location line="+24" />
        <location filename="../../window_app/ui/main_window.py" line="+106" />
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+43" />
        <location filename="../../window_app/ui/main_window.py" line="-18" />
        <source>正在启动…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location line="+17" />
        <source>正在检查数据库…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>请登录</source>
        <translation>Please sign in</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../window_app/ui/startup_checks.py" line="+58" />
        <location line="+10" />
        <location line="+17" />
        <location line="+38" />
        <source>无法打开数据库</source>
        <translation>Cannot Open the Database</translation>
    </message>
    <message>
        <location line="-54" />
        <source>无法打开数据库：%1</source>
        <translation>Cannot open the database: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>数据库已损坏</source>
        <translation>Database Damaged</translation>
    </message>
    <message>
        <location line="+8" />
        <source>请联系系统管理员。</source>
        <translation>Please contact the system administrator.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>是否从最近的备份恢复？
%1

当前的文件会另存在旁边，不会删除。备份之后录入的内容需要重新补录。</source>
        <translation>Restore the latest backup?
%1

The current file is kept beside it, not deleted. Anything entered after the backup must be entered again.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>已从备份恢复</source>
        <translation>Restored from Backup</translation>
    </message>
    <message>
        <location line="+1" />
        <source>已从备份恢复：%1</source>
        <translation>Restored from backup: %1</translation>
    </message>
    <message>
        <location line="+62" />
        <source>已完成今日自动备份：%1</source>
        <translation>Today's automatic backup done: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>今日自动备份失败：%1</source>
        <translation>Today's automatic backup failed: %1</translation>
    </message>
</context>
</TS>