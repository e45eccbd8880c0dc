import { AGENCY_CREDIT, STAFF_CREDIT, type Aspect, type SectionSlug } from './kit';

/**
 * Photo galleries. Each photo has its own library caption and credit; a gallery item may
 * override the caption (written for the gallery's sequence) or leave it null to fall back.
 */

export interface GalleryPhoto {
  label: string;
  alt: string;
  caption: string;
  aspect: Aspect;
  credit?: string;
  /** Caption shown in this gallery instead of the library caption. */
  itemCaption?: string;
  /** Credit shown in this gallery instead of the library credit. */
  itemCredit?: string;
}

export interface GalleryPlan {
  slug: string;
  title: string;
  description: string;
  section: SectionSlug;
  authorSlug: string;
  photographer: string;
  photos: GalleryPhoto[];
}

export const galleryImageKey = (gallerySlug: string, index: number) => `${gallerySlug}-${String(index + 1).padStart(2, '0')}`;

export const GALLERIES: GalleryPlan[] = [
  {
    slug: 'seki-silk-workshops',
    title: 'Inside Şəki’s silk workshops',
    description: 'From cocoon to kəlağayı: a day with the weavers, dyers and printers keeping the town’s silk trade alive.',
    section: 'culture',
    authorSlug: 'leyla-hesenova',
    photographer: 'Leyla Həsənova',
    photos: [
      { label: 'Silk cocoons', alt: 'A wide basket filled with pale yellow silk cocoons on a wooden table.', caption: 'Cocoons delivered by village growers wait to be sorted at a workshop in Şəki.', aspect: '3:2' },
      { label: 'Boiling the cocoons', alt: 'A worker stirs cocoons in a steaming copper vat.', caption: 'Cocoons are softened in hot water so the thread can be unwound.', aspect: '3:2', itemCaption: 'The first step: cocoons are softened in hot water so that a single thread can be found and unwound.' },
      { label: 'Reeling the thread', alt: 'Hands guiding fine silk threads onto a wooden reel.', caption: 'A reeler joins the threads of several cocoons into one strand.', aspect: '2:3' },
      { label: 'Skeins drying', alt: 'Rows of undyed silk skeins hanging from poles in a sunny courtyard.', caption: 'Undyed skeins dry in a workshop courtyard.', aspect: '16:9' },
      { label: 'Natural dyes', alt: 'Bowls of walnut husks, madder root and onion skins beside dyed thread samples.', caption: 'Walnut husks, madder root and onion skins are still used for some dyes.', aspect: '4:3' },
      { label: 'The dye vat', alt: 'A dyer lifts deep red silk from a vat with a wooden stick.', caption: 'A dyer checks the colour of a batch of silk.', aspect: '3:2' },
      { label: 'At the loom', alt: 'A weaver works at a wooden loom with brightly coloured warp threads.', caption: 'A weaver at one of the workshop’s eight looms.', aspect: '3:2', itemCaption: 'One of eight looms still working in the workshop, which employed more than a hundred people in its busiest years.' },
      { label: 'Woodblock printing', alt: 'A printer presses a carved wooden block onto a square of silk.', caption: 'Patterns are printed by hand with carved wooden blocks.', aspect: '2:3' },
      { label: 'Kəlağayı patterns', alt: 'Folded silk headscarves in red, black and saffron stacked on a shelf.', caption: 'Finished kəlağayı headscarves, the town’s best-known silk product.', aspect: '4:3' },
      { label: 'Apprentices', alt: 'Two young women learn to tie threads under the eye of an older weaver.', caption: 'Apprentices learn from one of the workshop’s senior weavers.', aspect: '3:2', credit: AGENCY_CREDIT },
      { label: 'Caravanserai shop', alt: 'Silk scarves displayed in the arched doorway of an old stone caravanserai.', caption: 'Scarves on sale in the arcades of Şəki’s old caravanserai.', aspect: '16:9', itemCaption: 'The end of the line: scarves for sale in the arcades of the old caravanserai, a short walk from the workshops.' },
    ],
  },
  {
    slug: 'baku-boulevard-run',
    title: 'The Baku Boulevard Run in pictures',
    description: 'Thousands of runners, from club athletes to families with pushchairs, took over the seafront for the city’s biggest race.',
    section: 'sport',
    authorSlug: 'tofiq-sukurov',
    photographer: 'Ramin Novruzov',
    photos: [
      { label: 'Start line', alt: 'A dense crowd of runners in coloured vests surging past a start gantry.', caption: 'Runners leave the start line on the seafront boulevard.', aspect: '16:9' },
      { label: 'Leaders at 5 km', alt: 'Three lead runners stride along a seafront road with the sea behind them.', caption: 'The leading group passes the five-kilometre mark.', aspect: '3:2' },
      { label: 'Water station', alt: 'Volunteers hand out paper cups of water to passing runners.', caption: 'Volunteers at one of the course’s water stations.', aspect: '3:2', itemCaption: 'More than 400 volunteers staffed the course, most of them students.' },
      { label: 'Family run', alt: 'A father pushes a pushchair while his daughter runs beside him holding his hand.', caption: 'Families took part in the shorter fun run.', aspect: '2:3' },
      { label: 'Wheelchair race', alt: 'Wheelchair racers lean forward as they power along the boulevard.', caption: 'Competitors in the wheelchair race.', aspect: '16:9' },
      { label: 'Cheering crowd', alt: 'Spectators with flags and banners lining the route.', caption: 'Spectators lined the route along the seafront.', aspect: '3:2', credit: AGENCY_CREDIT },
      { label: 'Finish line', alt: 'A runner raises both arms as she breaks the tape at the finish.', caption: 'The winner of the women’s race crosses the finish line.', aspect: '3:2', itemCredit: 'Photo: Ramin Novruzov for The Caspian Dateline' },
      { label: 'Medals', alt: 'Tired runners sit on the grass wearing finisher medals.', caption: 'Finishers rest on the grass after the race.', aspect: '4:3' },
    ],
  },
  {
    slug: 'lenkeran-tea-terraces',
    title: 'A working day on Lənkəran’s tea terraces',
    description: 'On the hillsides above the Caspian, pickers, sorters and a new generation of growers are trying to put local tea back on the map.',
    section: 'business',
    authorSlug: 'leyla-hesenova',
    photographer: 'Leyla Həsənova',
    photos: [
      { label: 'Morning mist', alt: 'Neat rows of tea bushes on a hillside disappearing into morning mist.', caption: 'Mist lifts from the terraces above Lənkəran.', aspect: '16:9' },
      { label: 'Pickers', alt: 'Women in headscarves pick tea leaves into baskets strapped to their backs.', caption: 'Pickers take only the top two leaves and a bud.', aspect: '3:2', itemCaption: 'Pickers take only the top two leaves and a bud; a good picker fills her basket several times a day.' },
      { label: 'Weighing the harvest', alt: 'A foreman weighs a sack of fresh green leaves on an old scale.', caption: 'Each picker’s leaves are weighed at the end of a row.', aspect: '4:3' },
      { label: 'Withering room', alt: 'Fresh tea leaves spread thinly on long racks in a shaded room.', caption: 'Leaves wither on racks before rolling.', aspect: '3:2' },
      { label: 'Tasting', alt: 'A row of small glasses of tea of different colours on a tasting bench.', caption: 'A grower tastes samples from different terraces.', aspect: '2:3', itemCredit: 'Photo: Leyla Həsənova' },
      { label: 'Teahouse', alt: 'Men drink tea from pear-shaped glasses at a roadside teahouse.', caption: 'Local tea served at a roadside teahouse.', aspect: '3:2', credit: AGENCY_CREDIT },
    ],
  },
  {
    slug: 'quba-orchard-villages',
    title: 'The orchard villages above Quba',
    description: 'Apples, guesthouses and a paved road: life on the terraced slopes below Shahdag.',
    section: 'nation',
    authorSlug: 'ferid-huseynzade',
    photographer: 'Leyla Həsənova',
    photos: [
      { label: 'Orchard terraces', alt: 'Terraced apple orchards on a green hillside with snowy peaks behind.', caption: 'Orchards on the terraces below the Shahdag range.', aspect: '16:9' },
      { label: 'Picking apples', alt: 'A man on a wooden ladder picks red apples into a bucket.', caption: 'A grower picks apples in his family orchard.', aspect: '2:3' },
      { label: 'Sorting shed', alt: 'Women sort apples by size on a long wooden table.', caption: 'Apples are sorted by size and colour before sale.', aspect: '3:2', itemCaption: 'Sorting by hand: the best fruit goes to Baku, the rest to juice plants.' },
      { label: 'Cold store', alt: 'Stacked wooden crates of apples inside a cold storage room.', caption: 'The village co-operative’s new cold store.', aspect: '4:3' },
      { label: 'Guesthouse', alt: 'A stone guesthouse with a wooden balcony overlooking the orchards.', caption: 'A rebuilt stone house now welcomes guests.', aspect: '3:2' },
      { label: 'Village road', alt: 'A freshly paved road winds between orchards up to a village.', caption: 'The paved road up to the highest villages.', aspect: '16:9', credit: AGENCY_CREDIT },
      { label: 'Evening bread', alt: 'A woman bakes flatbread in a clay oven in a courtyard.', caption: 'Bread baked in a courtyard oven for guests.', aspect: '3:2' },
    ],
  },
  {
    slug: 'mingecevir-reservoir',
    title: 'Mingəçevir reservoir, from the dam to the shoreline',
    description: 'The country’s largest reservoir supplies power, irrigation and drinking water. Its falling level is changing the landscape around it.',
    section: 'science',
    authorSlug: 'nermin-quliyeva',
    photographer: 'Ramin Novruzov',
    photos: [
      { label: 'The dam', alt: 'A long earth dam with a road across it holding back a wide blue reservoir.', caption: 'The dam at Mingəçevir holds back the Kür.', aspect: '16:9' },
      { label: 'Exposed shoreline', alt: 'A wide band of cracked dry mud between the water and the old shoreline.', caption: 'Dry mud marks where the water reached a few years ago.', aspect: '3:2', itemCaption: 'The band of cracked mud shows how far the water has retreated from its old shoreline.' },
      { label: 'Measuring station', alt: 'A scientist reads a gauge on a metal post in shallow water.', caption: 'A hydrologist reads the level gauge.', aspect: '2:3' },
      { label: 'Fishermen', alt: 'Two fishermen pull a small boat onto a pebbly beach.', caption: 'Fishermen say their catch has fallen.', aspect: '3:2' },
      { label: 'Irrigation canal', alt: 'A concrete irrigation canal running straight across flat farmland.', caption: 'Water from the reservoir feeds canals across the plain.', aspect: '16:9' },
      { label: 'Evening on the water', alt: 'The reservoir at sunset with a line of pylons on the far bank.', caption: 'Evening over the reservoir.', aspect: '3:2', credit: AGENCY_CREDIT },
    ],
  },
  {
    slug: 'alat-port-berths',
    title: 'Ələt port’s new container berths',
    description: 'Cranes, ferries and freight trains at the port south of Baku, which is expanding as trade across the Caspian grows.',
    section: 'world',
    authorSlug: 'orxan-ceferov',
    photographer: 'Ramin Novruzov',
    photos: [
      { label: 'Container cranes', alt: 'Two tall gantry cranes above stacks of coloured containers.', caption: 'New gantry cranes on the container berth at Ələt.', aspect: '16:9' },
      { label: 'Ferry arrival', alt: 'A large rail ferry approaches the port breakwater.', caption: 'A rail ferry from Kazakhstan arrives at the port.', aspect: '3:2' },
      { label: 'Rail yard', alt: 'Freight wagons lined up on parallel tracks in a rail yard.', caption: 'Freight wagons wait to be loaded onto ferries.', aspect: '16:9', itemCaption: 'Wagons wait in the rail yard; the port says it can now handle twice as many trains a day.' },
      { label: 'Control room', alt: 'Port staff watch screens showing ship positions in a control room.', caption: 'The port’s traffic control room.', aspect: '3:2' },
      { label: 'Dockworkers', alt: 'Dockworkers in hard hats guide a container onto a lorry.', caption: 'Dockworkers load a container onto a lorry.', aspect: '4:3' },
      { label: 'Port at night', alt: 'The port lit up at night with cranes silhouetted against the sky.', caption: 'The port works around the clock.', aspect: '3:2', credit: AGENCY_CREDIT },
    ],
  },
];

/** Default credit for a gallery photo: the agency when it says so, otherwise the staff photographer. */
export const galleryPhotoCredit = (gallery: GalleryPlan, photo: GalleryPhoto): string => photo.credit ?? STAFF_CREDIT(gallery.photographer);
