"""Small hand-written data shared by several test modules (imported as ``small_data``)."""

# sentences in the style of the seeds, one per label and wording, for fitting tiny classifiers
SMALL_TRAINING_SET = [
    ("今年新建党群服务中心12个。", "achievement"), ("已建成网格党支部30个，覆盖率达到100%。", "achievement"),
    ("全年累计解决群众诉求500余件。", "achievement"), ("我们坚持把党建引领作为基层治理的主线。", "achievement"),
    ("一些社区抓党建工作流于形式。", "problem"), ("部分干部能力不足，作用发挥不到位。", "problem"),
    ("矛盾纠纷化解机制还不健全。", "problem"), ("我们也清醒看到，工作中还存在不少短板。", "problem"),
    ("要切实抓好各项任务落实。", "measure"), ("下一步，将继续推进老旧小区改造。", "measure"),
    ("力争年底前完成全部整改。", "measure"), ("各街道要压实责任，确保取得实效。", "measure"),
    ("同志们：", "other"), ("谢谢大家！", "other"), ("扫一扫在手机打开当前页", "other"),
    ("党的二十大报告指出，必须坚持人民至上。", "other"),
]
