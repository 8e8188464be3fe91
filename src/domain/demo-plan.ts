// The demo plan's name and its plain statement that it is invented: home shows them too, so they live apart from
// domain/livelihood (which home would otherwise load whole for two sentences).
export const DEMO_PLAN_TITLE = '演示计划（虚构示例）'
export const DEMO_PLAN_NOTE =
  '这里的项目、进度、节点和责任单位都是虚构的，只用来演示跟踪功能怎么用，不是双阳区的真实项目。'
