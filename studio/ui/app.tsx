import { Alert, App as AntApp, Button, Layout, Space, Typography } from 'antd'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { embeddedPack } from '@/content/index'
import { createRecordMemo } from '@/content/validate'
import { hashText } from '@/domain/content-update'
import { changeList } from '../model/changes'
import { checkDraft } from '../model/check'
import { COLLECTION_LABELS, RECORD_SCHEMAS, fieldLabels, recordsOf, type PackCollection } from '../model/collections'
import { addToHistory, draftFileText, loadDraft, loadHistory, watchOtherTabs, type Draft } from '../model/draft-store'
import { newRecord } from '../model/edit'
import { recordForm } from '../model/form-spec'
import { afterPublish, draftOf, openPackText } from '../model/open'
import { publish, type OutputFile, type Publication } from '../model/publish'
import { canPickFolder, downloadFile, saveIntoFolder } from './files'
import { Preview } from './preview'
import { PackInfo } from './pack-info'
import { PublishPanel } from './publish-panel'
import { RecordForm } from './record-form'
import { RecordList } from './record-list'
import { SideMenu, type View } from './side-menu'
import { Toolbar } from './toolbar'
import { useAutosave } from './use-autosave'

const EMBEDDED = '内置内容包'

function fingerprint(draft: Draft): string {
  return hashText(JSON.stringify(draft.pack))
}

export function App() {
  const { message, modal } = AntApp.useApp()
  const [draft, setDraft] = useState<Draft>()
  const [loaded, setLoaded] = useState(false)
  const [view, setView] = useState<View>({ kind: 'collection', collection: 'jobs' })
  const [selected, setSelected] = useState<number>()
  // The record just added with 新增, until another is opened: judged field by field as it is filled in.
  const [added, setAdded] = useState<{ collection: PackCollection; index: number }>()
  const [otherTab, setOtherTab] = useState(false)
  const [history, setHistory] = useState<Publication[]>([])
  const [lastFiles, setLastFiles] = useState<string[]>()
  const now = useMemo(() => Date.now(), [])
  const opened = useRef<Draft>()
  const savedByKey = useCallback(() => void message.success('草稿已保存'), [message])
  const { saveError, setSaveError, savedAt } = useAutosave({ draft, loaded, opened, onSavedByKey: savedByKey })

  useEffect(() => {
    let live = true
    Promise.all([loadDraft(), loadHistory()])
      .then(([d, h]) => {
        if (!live) return
        const first = d ?? draftOf(embeddedPack as unknown as Record<string, unknown>, EMBEDDED)
        opened.current = first
        setDraft(first)
        setHistory(h)
      })
      .catch(() => {
        if (!live) return
        setSaveError('浏览器里的草稿读不出来（存储不可用）。已打开内置内容包；编辑后请用「导出草稿」保存为文件。')
        setDraft(draftOf(embeddedPack as unknown as Record<string, unknown>, EMBEDDED))
      })
      .finally(() => live && setLoaded(true))
    const stop = watchOtherTabs(() => setOtherTab(true))
    return () => {
      live = false
      stop()
    }
  }, [setSaveError])

  const memo = useRef(createRecordMemo())
  const check = useMemo(() => {
    if (!draft) return undefined
    // Timed as a user-timing measure (studio:recheck): `npm run bench` reads it in Chromium.
    performance.mark('studio:recheck:start')
    const result = checkDraft(draft.pack, memo.current)
    performance.measure('studio:recheck', 'studio:recheck:start')
    return result
  }, [draft])
  // What phones have now: the latest pack this studio published, when it is newer than the one the draft was
  // opened from (else that one). The change list and the publication record go from it, so a draft opened from an
  // older pack shows what it would undo instead of undoing it silently.
  const latest = useMemo(
    () => history.reduce<Publication | undefined>((a, p) => (!a || p.version > a.version ? p : a), undefined),
    [history],
  )
  const newerPublished = draft && latest && latest.version > draft.publishedVersion ? latest : undefined
  const reference = useMemo(
    () => (newerPublished ? (JSON.parse(newerPublished.packText) as Record<string, unknown>) : draft?.base),
    [newerPublished, draft?.base],
  )
  const changes = useMemo(() => (draft ? changeList(reference, draft.pack) : []), [draft, reference])
  // The editor's own edits since the draft was opened: what opening another pack would throw away.
  // The same list when the draft's own base is what phones have (the usual case): not worked out twice.
  const ownChanges = useMemo(
    () => (!draft ? [] : reference === draft.base ? changes : changeList(draft.base, draft.pack)),
    [draft, reference, changes],
  )

  if (!draft || !check) return <Typography.Paragraph style={{ padding: 24 }}>正在打开草稿…</Typography.Paragraph>

  const update = (next: Partial<Draft>) => setDraft({ ...draft, ...next })
  const updatePack = (pack: Record<string, unknown>) => {
    // Any edit after approval needs a new review: the approval was for the list as it was.
    setDraft({ ...draft, pack, approval: undefined })
  }
  const approvedBy =
    draft.approval && draft.approval.fingerprint === fingerprint(draft) ? draft.approval.reviewer : undefined
  const publishedVersion = Math.max(draft.publishedVersion, ...history.map((p) => p.version))
  const draftVersion = typeof draft.pack.version === 'number' ? draft.pack.version : 0
  const nextVersion = Math.max(publishedVersion, draftVersion) + 1

  const open = (next: Draft) => {
    const replace = () => {
      setDraft(next)
      setSelected(undefined)
      setLastFiles(undefined)
      message.success(`已打开${next.openedFrom}`)
    }
    if (ownChanges.length === 0) replace()
    else
      modal.confirm({
        title: '打开另一个内容包？',
        content: '当前草稿里的更改会被替换。要保留它，请先点「导出草稿」。',
        okText: '打开',
        cancelText: '取消',
        onOk: replace,
      })
  }
  const openText = (text: string, from: string) => {
    const result = openPackText(text, from, draft.editor)
    if (result.ok) open(result.draft)
    else message.error(result.message)
  }

  const collectionProblems = (c: PackCollection) => check.byRecord[c].reduce((n, list) => n + list.length, 0)

  const addRecord = (collection: PackCollection) => {
    const spec = recordForm(RECORD_SCHEMAS[collection], fieldLabels(collection))
    const records = [...recordsOf(draft.pack, collection), newRecord(spec, draft.pack.edition)]
    updatePack({ ...draft.pack, [collection]: records })
    setSelected(records.length - 1)
    setAdded({ collection, index: records.length - 1 })
  }

  const doPublish = async (toFolder: boolean) => {
    const result = publish({
      draft: draft.pack,
      published: reference,
      publishedVersion,
      editor: draft.editor,
      reviewer: approvedBy ?? '',
      changes,
      now: Date.now(),
    })
    if (!result.ok) {
      message.error(`没有发布：还有 ${result.problems.length} 个问题`)
      return
    }
    const files: OutputFile[] = result.files
    try {
      if (toFolder) await saveIntoFolder(files)
      else files.forEach(downloadFile)
    } catch {
      message.error('文件没有保存（选择文件夹被取消或浏览器不允许），没有发布')
      return
    }
    // The draft and the list of publications move on at once, before this browser's storage has kept the record:
    // an edit made meanwhile would otherwise be replaced by the draft as it was at publishing.
    setHistory([result.publication, ...history.filter((p) => p.version !== result.publication.version)])
    setLastFiles(files.map((f) => f.name))
    setDraft(afterPublish(draft, result.publication.packText, result.publication.version))
    message.success(`已发布第 ${result.publication.version} 版`)
    const kept = await addToHistory(result.publication)
    if (!kept.ok) message.warning(kept.message)
  }

  const restore = (p: Publication) => {
    const pack = JSON.parse(p.packText) as Record<string, unknown>
    // The content goes back; the version number and the record of publications go on (the next publication is
    // above every one before, and the record says who restored it).
    const { meta: _older, ...content } = pack
    const carried = { ...content, version: draft.pack.version }
    const put = () => {
      updatePack(draft.pack.meta === undefined ? carried : { ...carried, meta: draft.pack.meta })
      setView({ kind: 'publish' })
      message.info(`已把第 ${p.version} 版的内容放进草稿；审核后发布，会成为第 ${nextVersion} 版`)
    }
    if (ownChanges.length === 0) put()
    else
      modal.confirm({
        title: `恢复到第 ${p.version} 版？`,
        content: '当前草稿里还没发布的更改会被替换。要保留它，请先点「导出草稿」。',
        okText: '恢复',
        cancelText: '取消',
        onOk: put,
      })
  }

  const selectedProblems =
    view.kind === 'collection' && selected !== undefined ? (check.byRecord[view.collection][selected] ?? []) : []
  const selectedRecord =
    view.kind === 'collection' && selected !== undefined ? recordsOf(draft.pack, view.collection)[selected] : undefined
  const selectedId =
    typeof (selectedRecord as { id?: unknown } | undefined)?.id === 'string'
      ? (selectedRecord as { id: string }).id
      : undefined
  // Published: its id is in the published pack and no earlier record holds it (a new record typed with a
  // published id is a duplicate, not the published record).
  const idFrozen =
    view.kind === 'collection' &&
    selected !== undefined &&
    !!selectedId &&
    (draft.publishedIds[view.collection] ?? []).includes(selectedId) &&
    recordsOf(draft.pack, view.collection).findIndex((r) => (r as { id?: unknown } | undefined)?.id === selectedId) ===
      selected

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className='studio-header'>
        <Typography.Title level={1} className='studio-title'>
          智慧双阳 内容编辑台
        </Typography.Title>
        <Toolbar
          editor={draft.editor}
          onEditor={(editor) => update({ editor })}
          onOpenEmbedded={() =>
            open(draftOf(embeddedPack as unknown as Record<string, unknown>, EMBEDDED, draft.editor))
          }
          onOpenText={openText}
          onOpenDraft={open}
          onExportDraft={() => downloadFile({ name: 'draft.json', text: draftFileText(draft) })}
        />
      </Layout.Header>
      {saveError && <Alert type='error' showIcon banner message={saveError} role='alert' />}
      {newerPublished && (
        <Alert
          type='warning'
          showIcon
          banner
          message={`这份草稿是从第 ${draft.publishedVersion} 版打开的，编辑台已经发布过第 ${newerPublished.version} 版：更改清单按第 ${newerPublished.version} 版比较，那一版里有、草稿里没有的内容会列为删除或改回。`}
        />
      )}
      {otherTab && (
        <Alert
          type='warning'
          showIcon
          banner
          message='另一个标签页也打开了编辑台：两边会改同一份草稿，后保存的会覆盖先保存的。请只在一个标签页里编辑。'
        />
      )}
      <Layout>
        <Layout.Sider width={160} theme='light'>
          <SideMenu
            view={view}
            onView={(next) => {
              setSelected(undefined)
              setView(next)
            }}
            problemsOf={collectionProblems}
            packProblems={check.packProblems.length}
            changes={changes.length}
            openedFrom={draft.openedFrom}
            saveState={saveError ? 'failed' : savedAt ? `草稿已自动保存 ${savedAt}` : '草稿保存在本浏览器'}
            problemCount={check.problems.length}
          />
        </Layout.Sider>
        <Layout.Content className='studio-content'>
          {view.kind === 'collection' && (
            <div className='studio-columns'>
              <div className='studio-list'>
                <RecordList
                  pack={draft.pack}
                  collection={view.collection}
                  problems={check.byRecord[view.collection]}
                  selected={selected}
                  now={now}
                  onSelect={(index) => {
                    setSelected(index)
                    setAdded(undefined)
                  }}
                  onAdd={() => addRecord(view.collection)}
                  fresh={added?.collection === view.collection ? added.index : undefined}
                />
              </div>
              <div className='studio-form'>
                {selected === undefined || selectedRecord === undefined ? (
                  <Typography.Paragraph type='secondary'>
                    在左边选一条记录来编辑，或点「新增一条」。
                  </Typography.Paragraph>
                ) : (
                  <>
                    <Space style={{ marginBottom: 8 }}>
                      <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
                        {`编辑${COLLECTION_LABELS[view.collection]}`}
                      </Typography.Title>
                      <Button
                        danger
                        size='small'
                        onClick={() =>
                          modal.confirm({
                            title: '删除这条记录？',
                            content: '发布后居民就看不到它了；收藏过它的居民会在“我的”里看到“已下线”。',
                            okText: '删除',
                            cancelText: '取消',
                            onOk: () => {
                              const records = recordsOf(draft.pack, view.collection).filter((_, i) => i !== selected)
                              updatePack({ ...draft.pack, [view.collection]: records })
                              setSelected(undefined)
                            },
                          })
                        }
                      >
                        删除这条
                      </Button>
                    </Space>
                    <RecordForm
                      key={`${view.collection}-${selected}`}
                      pack={draft.pack}
                      collection={view.collection}
                      index={selected}
                      problems={selectedProblems}
                      idFrozen={idFrozen}
                      fresh={added?.collection === view.collection && added.index === selected}
                      onChange={(record) => {
                        const records = [...recordsOf(draft.pack, view.collection)]
                        records[selected] = record
                        updatePack({ ...draft.pack, [view.collection]: records })
                      }}
                    />
                  </>
                )}
              </div>
              <Preview pack={draft.pack} collection={view.collection} id={selectedId} />
            </div>
          )}
          {view.kind === 'pack' && (
            <PackInfo
              pack={draft.pack}
              problems={check.packProblems}
              publishedVersion={publishedVersion}
              nextVersion={nextVersion}
              onEdition={(edition) => updatePack({ ...draft.pack, edition })}
            />
          )}
          {view.kind === 'publish' && (
            <PublishPanel
              changes={changes}
              problemCount={check.problems.length}
              editor={draft.editor}
              approvedBy={approvedBy}
              nextVersion={nextVersion}
              history={history}
              lastFiles={lastFiles}
              onApprove={(reviewer) => update({ approval: { reviewer, fingerprint: fingerprint(draft) } })}
              onPublish={() => void doPublish(false)}
              onSaveToFolder={canPickFolder() ? () => void doPublish(true) : undefined}
              onRestore={restore}
            />
          )}
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
