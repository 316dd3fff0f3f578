/** Great-circle distance in kilometres (haversine); good to a few hundred metres at Dutch distances. */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) {
	const radians = (degrees: number) => (degrees * Math.PI) / 180
	const dLat = radians(b.latitude - a.latitude)
	const dLon = radians(b.longitude - a.longitude)
	const h =
		Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2
	return 2 * 6371 * Math.asin(Math.sqrt(h))
}
