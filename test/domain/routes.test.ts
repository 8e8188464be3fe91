import { HOME_SHARE, listPathWith } from '@/domain/routes'

describe('listPathWith: a list link carrying its filters', () => {
  it('writes the filters in the given order, encoded, true as 1', () => {
    expect(
      listPathWith('jobs', [
        ['town', 'taiping'],
        ['type', 'public-welfare'],
        ['expired', true],
      ]),
    ).toBe('/packages/jobs/pages/list/index?town=taiping&type=public-welfare&expired=1')
    expect(listPathWith('policies', [['category', '社会救助']])).toBe(
      '/packages/policies/pages/list/index?category=%E7%A4%BE%E4%BC%9A%E6%95%91%E5%8A%A9',
    )
  })

  it('leaves out empty, undefined and false values; none left is the bare list', () => {
    expect(
      listPathWith('attractions', [
        ['tag', undefined],
        ['free', false],
        ['q', ''],
      ]),
    ).toBe('/packages/attractions/pages/list/index')
  })

  it('a value with & or = cannot break the query', () => {
    expect(listPathWith('livelihood', [['category', 'a&b=c']])).toBe(
      '/packages/livelihood/pages/list/index?category=a%26b%3Dc',
    )
  })

  it('home shares its own route', () => {
    expect(HOME_SHARE.path).toBe('/pages/index/index')
  })
})
